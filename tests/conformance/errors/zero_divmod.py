# Uncaught ZeroDivisionError from divmod.
print("program zero_divmod")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
for b in [3, -3, 1]:
    print(divmod(17, b))
b = 0
print("now", b)
print(divmod(17, b))
