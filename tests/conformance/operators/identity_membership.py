# is / is not / in / not in across containers and None.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, b is not a)
print(2 in a, 4 in a, 4 not in a, "x" in "xyz", "yz" in "xyz", "" in "abc", "xz" in "xyz")
print(1 in (1, 2), (1, 2) in [(1, 2), 3], [1] in [[1], [2]], 3 in {3: "a"}, "a" in {3: "a"})
print(1.0 in [1, 2], True in [1], 0 in [False], None in [None], None in [0, "", []])
d = {"k": 1, "j": 2}
print("k" in d, "v" in d, "k" in d.keys(), 1 in d.values(), ("k", 1) in d.items())
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), -3 in range(-5, 0))
x = None
print(x is None, x is not None, type(x) is type(None))
