# get, setdefault, pop, popitem and their defaults and errors.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("c", []), d)
d["c"].append(5)
print(d, d.pop("b"), d.pop("b", "gone"), d)
try:
    d.pop("b")
except KeyError as e:
    print("KeyError:", e)
d.update(x=1, y=2)
print(d.popitem(), d.popitem(), d)
empty = {}
try:
    empty.popitem()
except KeyError as e:
    print("KeyError:", e)
counts = {}
for ch in "hello world":
    counts.setdefault(ch, 0)
    counts[ch] += 1
print(counts)
