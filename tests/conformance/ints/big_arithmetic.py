# Big-int arithmetic across the small-int boundary: carries, borrows and sign changes.
edge = 2 ** 47
for a in [edge - 1, edge, -edge, -edge - 1, 2 ** 63 - 1, -(2 ** 63)]:
    print(a, a + 1, a - 1, a * 2, a * -3, -a, a // 3, a % 1000, a * a)
x = 1
for i in range(1, 30):
    x *= i
print(x, x // (2 ** 20), x % 99991, len(str(x)))
y = 10 ** 50 - 1
print(y + 1, y * y, (y * y) // y == y, y - 10 ** 50, -y // 7, -y % 7)
print(sum(range(10 ** 6, 10 ** 6 + 100)), sum([2 ** 62] * 8), (2 ** 62) * 8 == sum([2 ** 62] * 8))
print(abs(-(2 ** 100)), max(2 ** 70, 2 ** 70 + 1), min(-(2 ** 70), 3), hash(2 ** 70) == hash(2 ** 70))
