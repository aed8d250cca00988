# Uncaught ZeroDivisionError from float division.
print("program zero_div_float")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
x = 3.5
for d in [2.0, 0.5, 0.0]:
    print(x, "/", d)
    x = x / d
    print("=", x)
print("unreachable")
