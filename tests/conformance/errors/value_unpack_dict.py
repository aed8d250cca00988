# Unpacking a dict iterates its keys; too many keys fails.
d = {"a": 1, "b": 2}
x, y = d
print(x, y)
d["c"] = 3
x, y = d
