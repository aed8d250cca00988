# collections.namedtuple: fields, defaults, _make, _asdict, _replace, repr, subclassing, errors.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), p == (1, 2), p != Point(2, 1))
print(Point._fields, p._asdict(), p._replace(y=5), Point._make([3, 4]), Point._make(range(2)))
print(type(p).__name__, isinstance(p, tuple), type(p) is Point, Point.__doc__, hash(p) == hash((1, 2)))
x, y = p
print(x + y, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(1, 9), Point(2, 0)))
print(Point.x.__doc__, p + (3,), p * 2, p.count(1), p.index(2), {p: "a"}[(1, 2)])

Config = namedtuple("Config", ["host", "port", "debug"], defaults=[8080, False])
print(Config("localhost"), Config("h", 1), Config("h", 1, True), Config._field_defaults)
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x"], rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4))
One = namedtuple("One", "value")
print(One(5), One.__doc__, One._make([1]))


class Vector(namedtuple("Vector", "x y z")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2 + self.z ** 2

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))

    def __repr__(self):
        return "V" + super().__repr__()


v = Vector(1, 2, 3)
print(v, v.norm2, v + Vector(1, 1, 1), v._replace(z=0), type(v._replace(z=0)).__name__, v._asdict())

for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
            lambda: Point._make([1]), lambda: p._replace(w=1), lambda: namedtuple("P", "a a"),
            lambda: namedtuple("P", "a _b"), lambda: namedtuple("P", "a class"), lambda: namedtuple("1P", "a"),
            lambda: Config(), lambda: Config(1, 2, 3, 4), lambda: namedtuple("T", "a b c")()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
