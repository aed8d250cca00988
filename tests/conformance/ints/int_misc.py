# Assorted int behaviours: augmented assignment, conversions, str of big negatives.
x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 7
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x |= 1
x &= 0xFFFF
x ^= 0x0F0F
print(x)
print(str(-10 ** 30), repr(10 ** 30), len(str(-10 ** 30)))
print(type(5), type(10 ** 100), type(5 / 1))
print(7 / 2, 8 / 2, -7 / 2, 10 ** 20 / 10 ** 10)
print(isinstance(5, int), isinstance(True, int), isinstance(5.0, int))
print(1_000_000 * 1_000_000)
print(-7 // 2 * 2 + -7 % 2)
