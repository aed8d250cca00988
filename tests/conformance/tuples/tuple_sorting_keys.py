# Tuples compare element by element, which makes them natural multi-level sort keys.
records = [("b", 2, 1.5), ("a", 2, 0.5), ("b", 1, 9.0), ("a", 10, 0.0), ("a", 2, -1.0)]
print(sorted(records))
print(sorted(records, key=lambda r: (r[1], r[0])))
print(sorted(records, key=lambda r: (-r[1], r[2])))
print(max(records), min(records), records.index(("b", 1, 9.0)), records.count(("a", 2, 0.5)))
print((1, 2) < (1, 2, 3), (1, "a") < (1, "b"), (2,) > (1, 99), () < (0,), (1, (2, 3)) < (1, (2, 4)))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
grid = sorted([(x, y) for x in range(3) for y in range(3)], key=lambda p: (p[0] + p[1], p))
print(grid)
