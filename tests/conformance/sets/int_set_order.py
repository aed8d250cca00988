# Iteration order of int sets built in different ways (literals, set(), add, comprehensions).
print({5, 3, 1, 9, 7}, {100, 1, 64, 33, 8, 17})
print(set([5, 3, 1, 9, 7]), set(range(20, 0, -3)), {i * 37 % 101 for i in range(12)})
s = set()
for v in [40, 8, 16, 24, 32, 0, 56]:
    s.add(v)
print(s, list(s), sorted(s))
print({-1, -2, -3, 7, 15}, {2 ** 40, 2 ** 41, 3, 2 ** 60 + 1}, {0.5, 1.5, 2, 100.25})
big = set(range(0, 200, 7))
print(len(big), list(big)[:10])
big -= set(range(0, 200, 2))
print(list(big)[:10])
print({(1, 2), (2, 1), (0, 0)} == {(0, 0), (2, 1), (1, 2)}, frozenset({3, 1, 2}))
