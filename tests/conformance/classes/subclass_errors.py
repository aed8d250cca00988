# Error messages of subclasses of built-in types and of their special methods called with wrong arguments.
class D(dict): pass
class L(list): pass
class T(tuple): pass
class S(str): pass
class I(int): pass
class F(float): pass
class St(set): pass
class Fz(frozenset): pass
tests = [lambda: D(1), lambda: D([1]), lambda: L(1), lambda: L(1, 2), lambda: T(1), lambda: I("x"), lambda: F("x"),
         lambda: St(1), lambda: D()["k"], lambda: L()[0], lambda: T()[0], lambda: S("ab")[5], lambda: hash(L()), lambda: hash(D()),
         lambda: I(1) + "a", lambda: "a" + I(1), lambda: L() + (1,), lambda: S("a") + 1, lambda: {L(): 1}, lambda: St() | [1],
         lambda: I(5) / 0, lambda: F(1.0) / 0, lambda: dict.__getitem__(D(), "q"), lambda: list.__getitem__(L(), 3),
         lambda: int.__new__(I, "zz"), lambda: object.__setattr__(1, "x", 2), lambda: dict.__init__(D(), 1, 2),
         lambda: set.__init__(St(), [], []), lambda: tuple.__new__(T, 1), lambda: int.__add__(1), lambda: list.__len__([], 1),
         lambda: S().missing, lambda: I().missing, lambda: L.nope,
         lambda: object.__new__(D), lambda: object.__new__(int), lambda: object.__new__(Fz)]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
for t in [lambda: St(a=1), lambda: L(a=1), lambda: L(1, 2), lambda: D(1, 2), lambda: T(a=1), lambda: Fz(1, 2), lambda: tuple(a=1)]:
    try:
        t()
    except TypeError as e:
        print(e)
