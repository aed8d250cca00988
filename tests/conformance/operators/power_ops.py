# Exponentiation: right associativity, negative bases, float results and unary minus precedence.
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -2, (-2) ** -3)
print(4 ** 0.5, 8 ** (1 / 3), (-8) ** 2.0, 2.0 ** 10, 10 ** -1, 0.5 ** 2)
for base in [-3, -1, 0, 1, 2, 10]:
    print(base, [base ** e for e in range(5)])
print(pow(2, 10), pow(2.0, 3), pow(-2, 3), pow(9, 0.5), pow(2, -1))
print(1 ** 1000000, (-1) ** 1000001, 0 ** 0, 0.0 ** 0, 2 ** 100 // 2 ** 99)
print(7 ** 77 % 1000, len(str(3 ** 500)))
