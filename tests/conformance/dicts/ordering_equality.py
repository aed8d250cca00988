# Insertion order, equality independent of order, overwriting keys.
a = {}
for k in [5, 3, 9, 1, 3, 5]:
    a[k] = k * k
print(a, list(a))
b = {1: 1, 9: 81, 3: 9, 5: 25}
print(a == b, list(a) == list(b))
a[3] = "changed"
print(a)
d = {"z": 0, "a": 0}
d.pop("z")
d["z"] = 1
print(d)
merged = {"x": 1, "y": 2} | {"y": 20, "z": 30}
print(merged)
m = {"a": 1}
m |= {"b": 2}
print(m)
print({1: "a"} == {1.0: "a"}, {True: 1} == {1: 1})
