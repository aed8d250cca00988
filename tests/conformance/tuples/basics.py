# Tuple construction, indexing, slicing and methods.
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:4], t[::-1], t[::2])
print(t.count(2), t.index(3), t.index(1, 1), 2 in t)
e = ()
one = (5,)
not_tuple = (5)
print(e, one, not_tuple, len(e), len(one))
implicit = 1, 2, "three"
print(implicit, type(implicit))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
print(t + (9,), one * 3, (1, 2) * 0)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
try:
    t[0] = 100
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
print(hash((1, 2)) == hash((1, 2)), (1, [2]) == (1, [2]))
