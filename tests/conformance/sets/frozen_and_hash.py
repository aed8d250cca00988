# frozenset of small ints and set comparisons.
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, f == {1, 2, 3})
g = f | {4}
print(g, type(g))
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
try:
    s = {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1, 2} < [1, 2, 3]
except TypeError as e:
    print("TypeError:", e)
print(set([f, frozenset()]) == {frozenset(), frozenset({1, 2, 3})})
print(frozenset(), set())
