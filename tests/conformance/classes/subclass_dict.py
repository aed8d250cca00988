# Subclasses of dict: construction, __missing__, overridden item methods, attributes, built-in methods.
class Registry(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.reads = 0

    def __getitem__(self, key):
        self.reads += 1
        return super().__getitem__(key)

    def __missing__(self, key):
        return f"<{key}>"


r = Registry({"a": 1}, b=2)
print(r, len(r), r["a"], r["zzz"], r.reads)
print(sorted(r.items()), list(r.keys()), list(r.values()), r.get("a"), r.get("q", 0))
print(type(r).__name__, isinstance(r, dict), type(r) is dict, r == {"a": 1, "b": 2})
r["c"] = 3
r.update(d=4)
print(r, "c" in r, r.pop("d"), r.setdefault("e", 5), len(r))
print(dict(r), type(dict(r)).__name__, type(r.copy()).__name__)


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __contains__(self, key):
        return super().__contains__(key.upper())

    def __len__(self):
        return 100 + dict.__len__(self)


u = Upper()
u["x"] = 1
dict.__setitem__(u, "y", 2)
print(u, "x" in u, "y" in u, len(u), dict.__len__(u), dict.__getitem__(u, "X"))
print(bool(Upper()), list(u), [k for k in u])


class Counted(dict):
    pass


c = Counted.fromkeys("abc", 0)
print(type(c).__name__, c, Counted(zip("xy", [1, 2])))
c.label = "counts"
print(c.label, vars(c), c | {"d": 1}, type(c | {"d": 1}).__name__)
try:
    hash(c)
except TypeError as e:
    print("TypeError:", e)
try:
    Counted()["nope"]
except KeyError as e:
    print("KeyError:", e)
