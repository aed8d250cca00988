# Uncaught RecursionError from unbounded recursion.
def forever(n):
    return forever(n + 1)

print("starting")
print("recursing without a base case")
forever(0)
