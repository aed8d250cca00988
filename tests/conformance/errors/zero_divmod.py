# Uncaught ZeroDivisionError from divmod.
for b in [3, -3, 1]:
    print(divmod(17, b))
b = 0
print("now", b)
print(divmod(17, b))
