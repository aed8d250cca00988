# float // and % for many sign combinations and fractional operands.
nums = [5.5, -5.5, 0.75, -0.75, 10.0, 1e10]
dens = [2.0, -2.0, 0.25, -0.3, 3]
for a in nums:
    for b in dens:
        print(a, b, a // b, a % b)
print(1e300 // 1e-10 > 0)
print(0.0 % 5, -0.0 % 5, 0.0 // -5)
print(5 % float("inf"), -5 % float("inf"))
print(3.7 % 1.1, -3.7 % 1.1)
