# Uncaught AssertionError with a message.
print("program assertion_error")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
def mean(values):
    assert len(values) > 0, "mean of empty list"
    return sum(values) / len(values)

print(mean([1, 2, 3]))
print(mean([10]))
print(mean([]))
