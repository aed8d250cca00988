# Uncaught KeyError with a tuple key.
print("program key_error_tuple")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[(0, 0)])
print(grid[(1, 0)])
print(grid[(0, 1)])
