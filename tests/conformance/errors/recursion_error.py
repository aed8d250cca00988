# Uncaught RecursionError from unbounded recursion.
print("program recursion_error")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
def forever(n):
    return forever(n + 1)

print("starting")
print("recursing without a base case")
forever(0)
