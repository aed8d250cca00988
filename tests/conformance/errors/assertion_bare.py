# Uncaught AssertionError without a message.
print("program assertion_bare")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
x = 5
assert x == 5
print("first assert passed")
assert x > 10
print("unreachable")
