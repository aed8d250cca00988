# A failing assert with a formatted message.
def check_positive(values):
    for v in values:
        assert v > 0, f"expected positive, got {v!r}"
    return len(values)

print(check_positive([1, 2, 3]))
check_positive([4, -5, 6])
