# Uncaught TypeError for a missing positional argument.
def f(a, b):
    return a * b

print(f(3, 4))
print(f(b=2, a=5))
print(f(1))
