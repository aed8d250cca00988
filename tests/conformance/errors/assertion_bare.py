# Uncaught AssertionError without a message.
x = 5
assert x == 5
print("first assert passed")
assert x > 10
print("unreachable")
