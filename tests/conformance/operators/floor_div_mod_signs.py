# Floor division and modulo of ints with every sign combination.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b))
big = 10 ** 30 + 7
for b in [3, -3, 10 ** 15, -(10 ** 15)]:
    print(big // b, big % b, (-big) // b, (-big) % b)
print(-1 // 2, -1 % 2, 1 // -2, 1 % -2)
print(2 ** 62 // -1, -(2 ** 62) % 7)
