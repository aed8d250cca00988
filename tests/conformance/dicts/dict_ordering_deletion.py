# Insertion order survives updates; deletion and reinsertion moves a key to the end.
d = {}
for k in "zyxwv":
    d[k] = ord(k)
print(list(d))
d["x"] = 0
print(list(d))
del d["y"]
d["y"] = 1
print(list(d), d)
d.pop("z")
d["z"] = 2
print(list(d))
e = dict.fromkeys("abc", 0)
print(e, dict.fromkeys([1, 2]), dict.fromkeys("ab", []))
print({**d, "a": 1}, {**{"x": 1}, **{"x": 2}})
print(d == {"v": 118, "x": 0, "w": 119, "y": 1, "z": 2}, list(d) == sorted(d))
