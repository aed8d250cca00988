# Uncaught StopIteration from next() without a default.
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "default"))
print(next(it))
