# Floor division and modulo for all sign combinations.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 10), (-1, 10), (13, -13)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a in [17, -17]:
    for b in [5, -5]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
big = 10 ** 25
print(big // -7, big % -7)
print(-big // 7, -big % 7)
print(-big // -7, -big % -7)
print(True // 1, False % 3, 5 // True)
