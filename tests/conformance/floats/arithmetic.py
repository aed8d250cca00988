# Basic float arithmetic and mixing with ints.
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(7 // 2.0, 7 % 2.5, -7 % 2.5, 7.0 // -2)
print(1 / 2, 3 / 4, 1 / 3 * 3, 2 / 3 + 1 / 3)
print(10 * 0.1, 3 * 0.1, 0.1 * 10 == 1.0)
print(2 ** 0.5, 2 ** -0.5, 9 ** 0.5, (-8.0) ** 2, 0.5 ** 10)
print(1 + 2.0, 3 - 1.0, 2 * 1.5, True + 0.5)
print(1e308 * 10 - 1e308 * 10 != 0)
print(5.5 % 1, -5.5 % 1, 5.5 // 1, -5.5 // 1)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -1)
print(3.0 == 3, 3.5 > 3, float(3) == 3.0)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
