# Subclasses of tuple, float, set and frozenset: __new__, attributes, operators and repr.
class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    @property
    def total(self):
        return self[0] + self[1]


p = Pair(3, 4)
print(p, p.total, len(p), p[1], p + (5,), type(p + (5,)).__name__, p == (3, 4), hash(p) == hash((3, 4)))
print(isinstance(p, tuple), type(p).__name__, tuple(p), list(p), max(p), p.count(3), p.index(4), p * 2)
a, b = p
print(a, b, sorted([Pair(2, 1), Pair(1, 2)]), {p: "pair"}[(3, 4)])


class Celsius(float):
    def to_fahrenheit(self):
        return self * 9 / 5 + 32


t = Celsius(21.5)
print(t, repr(t), t.to_fahrenheit(), t + 1, type(t + 1).__name__, -t, t > 20, t == 21.5, round(t), int(t))
print(isinstance(t, float), f"{t:.3f}", "%.1f" % t, hash(t) == hash(21.5), float(t), type(float(t)).__name__, Celsius("1.5"))
print((2.5).__mul__(2), float.__add__(1.0, 2), (1.5).__rtruediv__(3), (0.5).__add__("x"))


class Tags(set):
    def __init__(self, items=(), owner=None):
        super().__init__(items)
        self.owner = owner


tags = Tags(["b", "a"], owner="me")
tags.add("c")
print(sorted(tags), tags.owner, len(tags), "a" in tags, type(tags).__name__, isinstance(tags, set))
print(sorted(tags | {"z"}), sorted(tags & {"a", "q"}), tags == {"a", "b", "c"}, Tags() == set(), repr(Tags([1])))


class Frozen(frozenset):
    pass


f = Frozen([3, 1, 2])
print(sorted(f), hash(f) == hash(frozenset([1, 2, 3])), repr(Frozen()), repr(Frozen([7])), f == {1, 2, 3}, type(f).__name__)
