# keys(), values() and items() views reflect later changes; set operations on keys.
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items, len(keys))
d["d"] = 4
del d["a"]
print(list(keys), list(values), list(items))
print("b" in keys, 4 in values, ("c", 3) in items, ("c", 4) in items)
other = {"c": 0, "e": 5}
print(sorted(keys & other.keys()), sorted(keys | other.keys()), sorted(keys - other.keys()), sorted(keys ^ other.keys()))
print(keys == {"b", "c", "d"}, sorted(keys, reverse=True))
for k, v in items:
    print(k, v, end="; ")
print()
