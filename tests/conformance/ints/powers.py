# Powers of two and other large exponents.
print(2 ** 200)
print(2 ** 64, 2 ** 63 - 1, -2 ** 63)
print(3 ** 100)
print((-3) ** 33)
print((-2) ** 64)
print(10 ** 30 + 1)
print(7 ** 0, 0 ** 0, 0 ** 5)
print(2 ** -1, 2 ** -3, (-2) ** -2)
print(10 ** -2)
x = 1
for i in range(70):
    x = x * 2
print(x, x == 2 ** 70)
print(pow(2, 100), pow(-5, 3), pow(5, -1))
print(2 ** 1000 % 997)
print(len(str(2 ** 10000)))
print(str(2 ** 333)[:20], str(2 ** 333)[-20:])
