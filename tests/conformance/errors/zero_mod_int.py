# Uncaught ZeroDivisionError from int modulo.
nums = [12, 7, 5, 0]
for n in nums:
    print(n, "is even" if n % 2 == 0 else "is odd")
for n in nums:
    print("100 mod", n, "=", 100 % n)
