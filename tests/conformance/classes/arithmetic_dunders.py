# Arithmetic special methods, reflected and in-place variants.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

a = Vec(1, 2)
b = Vec(3, -4)
print(a + b, a - b, a * 3, 3 * a, a * b, -a, abs(b))
alias = a
a += b
print(a, alias, a is alias)
c = Vec(0, 0)
c -= b
print(c)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "x" - a
except TypeError as e:
    print("TypeError:", e)
