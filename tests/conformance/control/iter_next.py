# iter and next with defaults and StopIteration.
it = iter([10, 20, 30])
print(next(it), next(it))
print(next(it, "dflt"), next(it, "dflt"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
s = iter("ab")
print(next(s), next(s), next(s, "end"))
r = iter(range(3))
for x in r:
    print("loop", x)
print(next(r, "exhausted"))
d = iter({"k1": 1, "k2": 2})
print(next(d), list(d))
it2 = iter([1, 2, 3, 4, 5])
for x in it2:
    print("first", x, "skip", next(it2, None))
e = enumerate("xyz")
print(next(e), next(e))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
