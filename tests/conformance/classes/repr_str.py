# __repr__ and __str__ used by print, str(), repr(), f-strings and containers.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "Named " + self.name

    def __repr__(self):
        return "<Named %s>" % self.name

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

p = Point(1, "two")
n = Named("Ada")
print(p, str(p), repr(p), [p, p])
print(n, str(n), repr(n), [n], (n,), {"k": n})
print(f"{p} {n} {n!r} {n!s}", "%s %r" % (n, n))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(str([Point(0, 0)]), "{} {!r}".format(n, n))
