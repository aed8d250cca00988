# Tuple count, index, concatenation, repetition, hashing and immutability errors.
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(7), t.index(1), t.index(5, 5), t.index(5, -3), len(t))
print(t + (0,), (0,) * 3, () + (), t[:3] * 2, (1,) * 0, 2 * (None,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a"}[(1, 2)], (1, (2, 3)) == (1, (2, 3)))
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
single = (5,)
print(single, type(single).__name__, (5), tuple("abc"), tuple([1, [2]]), tuple(range(3)), tuple())
print(max(t), min(t), sum(t), sorted(t)[:4], tuple(reversed(t))[:3], 9 in t)
