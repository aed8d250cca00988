# Uncaught StopIteration from next() without a default.
print("program stop_iteration")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "default"))
print(next(it))
