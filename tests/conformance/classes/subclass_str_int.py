# Subclasses of str and int: __new__, extra methods, overridden operators, plain results of built-ins.
class Name(str):
    def __new__(cls, value, title=False):
        self = super().__new__(cls, value.title() if title else value)
        self.original = value
        return self

    def shout(self):
        return self.upper() + "!"


n = Name("ada lovelace", title=True)
print(n, repr(n), n.original, n.shout(), len(n), n[0], n.split(), n == "Ada Lovelace")
print(type(n).__name__, type(n.upper()).__name__, type(n + "x").__name__, type(n[1:]).__name__, type(str(n)).__name__)
print(f"{n}|{n:>15}|", "%s" % n, {n: 1}["Ada Lovelace"], sorted([Name("b"), Name("a")]))
print(isinstance(n, str), str.__len__(n), "x".__len__(), str.__eq__(n, "Ada Lovelace"), n.startswith("Ada"))


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())


print(Caseless("ABC") == "abc", "abc" == Caseless("AbC"), Caseless("x") != "X", len({Caseless("A"), Caseless("a")}))


class Money(int):
    def __new__(cls, cents):
        return int.__new__(cls, cents)

    def __repr__(self):
        return f"Money({int(self)})"

    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__


m = Money(250)
print(m, repr(m), m + 50, 50 + m, sum([Money(1), Money(2)], Money(0)), m * 2, type(m * 2).__name__, -m, abs(Money(-3)))
print(m == 250, m < 300, hash(m) == hash(250), int(m), float(m), m // 7, m % 7, divmod(m, 7), bin(m), isinstance(m, int))
print((1).__add__(2), int.__add__(3, 4), (5).__sub__(1.5), (5).__rsub__(1), (2).__pow__(8), int.__neg__(3), (7).__mul__("a"))


class Flag(int):
    pass


print(Flag(0) or "falsy", bool(Flag(3)), Flag(5) + Flag(6), type(Flag(5) + Flag(6)).__name__, Flag("12"), Flag("ff", 16))
print(f"{Flag(42):05d}", "%d" % Flag(7), [10, 20, 30][Flag(1)], range(10)[Flag(2)], int.__repr__(m), str(m))


class Magnitude(int):
    def __abs__(self):
        return "abs of " + str(int(self))


print(abs(Magnitude(-3)), abs(Flag(-4)), type(abs(Flag(-4))).__name__, abs(-2.5))
