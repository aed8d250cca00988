# Uncaught ZeroDivisionError from float division.
x = 3.5
for d in [2.0, 0.5, 0.0]:
    print(x, "/", d)
    x = x / d
    print("=", x)
print("unreachable")
