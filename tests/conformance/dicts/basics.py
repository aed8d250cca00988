# Dict construction, lookup, assignment and deletion.
d = {"b": 2, "a": 1}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d, "z" not in d)
del d["b"]
print(d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), (1, 2)]), dict({"m": 0}, n=1))
e = {1: "int", 1.0: "float", True: "bool"}
print(e)
f = {(1, 2): "tuple", None: "none", -5: "neg", 2.5: "float"}
print(f[(1, 2)], f[None], f[-5], f[2.5])
try:
    print(d["missing"])
except KeyError as err:
    print("KeyError:", err)
try:
    del d["nothing"]
except KeyError as err:
    print("KeyError:", err)
try:
    d[[1]] = 2
except TypeError as err:
    print("TypeError:", err)
print(d == {"c": 3, "a": 10}, d != {"a": 10})
