# __slots__: declared attributes work, others are refused, inheritance combines the slots.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x += 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as error:
    print("AttributeError:", error)


class Point3(Point):
    __slots__ = ["z"]


q = Point3(1, 2)
q.z = 3
print(q.x + q.y + q.z)
try:
    q.w = 4
except AttributeError as error:
    print("AttributeError:", error)


class Loose(Point):
    pass


loose = Loose(5, 6)
loose.anything = 7
print(loose.anything)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)


class Single:
    __slots__ = "only"


s = Single()
s.only = "yes"
print(s.only)
try:
    class Clash:
        __slots__ = ("value",)
        value = 1
except ValueError as error:
    print("ValueError:", error)
try:
    Single().only
except AttributeError as error:
    print("AttributeError:", error)
