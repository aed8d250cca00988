# Calling the special methods of built-in types directly, bound and unbound, and NotImplemented.
print("hello".__len__(), [1, 2, 3].__getitem__(1), {"a": 1}.__getitem__("a"), (1, 2).__contains__(2))
print((1).__add__(2), (1).__add__("a"), (1).__add__(1.5), (1.5).__radd__(1), int.__add__(1, 2), float.__mul__(1.5, 2))
print("ab".__add__("cd"), "ab".__mul__(2), [1].__add__([2]), [1].__mul__(3), (1,).__add__((2,)), {1}.__or__([2]))
for call in (lambda: "ab".__add__(3), lambda: [1].__add__((2,)), lambda: "ab".__mul__("x"), lambda: (1,).__rmul__(1.5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print((3).__eq__(3), (3).__eq__("3"), "a".__lt__("b"), [1].__eq__([1]), {1}.__le__({1, 2}), (2).__ge__(1.5))
d = {}
dict.__setitem__(d, "k", 1)
dict.__setitem__(d, "j", 2)
dict.__delitem__(d, "k")
print(d, dict.__contains__(d, "j"), dict.__len__(d), list(dict.__iter__(d)), dict.__repr__(d))
items = []
list.__init__(items, "abc")
list.__setitem__(items, 0, "z")
print(items, list.__len__(items), list.__repr__(items), list.__iter__(items).__class__ is iter([]).__class__)
print(int.__repr__(5), float.__repr__(0.1), str.__repr__("q"), tuple.__repr__((1,)), set.__repr__({1}))
print(int.__hash__(7) == hash(7), str.__hash__("x") == hash("x"), tuple.__hash__((1, 2)) == hash((1, 2)))
print(list.__hash__, dict.__hash__, set.__hash__, (5).__neg__(), (5).__invert__(), (2.5).__abs__(), (0).__bool__())
print(int.__new__(int, "42"), str.__new__(str, 5), tuple.__new__(tuple, [1, 2]), float.__new__(float, "2.5"))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError("Point is immutable")


p = Point(1, 2)
print(p.x, p.y)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
o = object.__new__(Point)
print(type(o).__name__, object.__eq__(p, p), object.__eq__(p, o), object.__ne__(p, o))


class Wrapper:
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        if not isinstance(other, Wrapper):
            return NotImplemented
        return self.value == other.value


print(Wrapper(1) == Wrapper(1), Wrapper(1) == 1, Wrapper(1).__eq__(1), 1 == Wrapper(1))
for call in (lambda: (1).__add__(other=2), lambda: [].__len__(1), lambda: {}.__getitem__(), lambda: [].__getitem__(k=1),
             lambda: {}.__contains__(1, 2), lambda: "a".__getitem__(), lambda: int.__add__("1", 2), lambda: list.__getitem__((), 0)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
