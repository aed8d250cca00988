# Uncaught TypeError for too many positional arguments.
def f(a, b):
    return a - b

print(f(10, 3))
print(f(1, 2, 3))
