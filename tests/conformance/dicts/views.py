# keys, values and items views and iteration order.
d = {"one": 1, "two": 2, "three": 3}
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
k = d.keys()
d["four"] = 4
print(k, len(k), "four" in k)
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(key, "->", value)
for value in d.values():
    print(value * 10, end=" ")
print()
del d["one"]
d["one"] = 1
print(d)
print(sorted(d), sorted(d.values()), sorted(d.items()))
print(list(reversed(d)), list(reversed(list(d.items()))))
print(("two", 2) in d.items(), 2 in d.values())
