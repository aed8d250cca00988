# Operator precedence and associativity across arithmetic, bitwise, comparison and boolean operators.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, 2 ** -1, 10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, 1 | 2 ^ 3 & 4, ~1 + 1, -~2)
print(1 < 2 == 2, (1 < 2) == 2, 1 == 1 in [1], not 1 == 2, not (1 and 0), 1 or 0 and 0, (1 or 0) and 0)
print(3 > 2 > 1, 3 > 2 < 5 > 4, 1 < 3 != 3, "a" + "b" * 2, ("a" + "b") * 2, 7 // 2 * 2 + 7 % 2)
x = 5
print(x if x > 3 else -x * 2, (x if x < 3 else -x) * 2, [1, 2][x > 3], -x % 3, -(x % 3))
print(True + True * 2, (True + True) * 2, 1 + 2 == 3 and 2 * 2 == 4, None is None is not False)
