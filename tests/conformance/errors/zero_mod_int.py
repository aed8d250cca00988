# Uncaught ZeroDivisionError from int modulo.
print("program zero_mod_int")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
nums = [12, 7, 5, 0]
for n in nums:
    print(n, "is even" if n % 2 == 0 else "is odd")
for n in nums:
    print("100 mod", n, "=", 100 % n)
