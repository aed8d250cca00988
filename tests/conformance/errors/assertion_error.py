# Uncaught AssertionError with a message.
def mean(values):
    assert len(values) > 0, "mean of empty list"
    return sum(values) / len(values)

print(mean([1, 2, 3]))
print(mean([10]))
print(mean([]))
