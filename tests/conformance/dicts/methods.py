# get, setdefault, pop, popitem, update, fromkeys, copy, clear.
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("q"), d.get("q", 0))
print(d.setdefault("x", 100), d.setdefault("z", 3), d.setdefault("w"), d)
print(d.pop("w"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update({"a": 5, "x": -1})
d.update(b=6)
d.update([("c", 7)])
print(d)
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []))
c = d.copy()
c["new"] = True
print(d, c)
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
