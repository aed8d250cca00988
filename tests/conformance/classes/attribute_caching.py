class A:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

class B(A):
    @property
    def x(self):
        return self._x * 100
    @x.setter
    def x(self, value):
        self._x = value

def read_all(objs):
    return [(o.x, o.y) for o in objs]

objs = [A(1), A(2), B(3), A(4), B(5)]
print(read_all(objs))
print(read_all(objs))
a = A(7)
a.__dict__.clear() if hasattr(a, "__dict__") else None
a.y = 9
try:
    print(a.x)
except AttributeError as e:
    print("AttributeError", e)
print(a.y)
A.y = "class y"
b = A(1)
del b.y
print(b.y)
class C:
    pass
c1 = C(); c1.p = 1; c1.q = 2
c2 = C(); c2.q = 3; c2.p = 4
for _ in range(3):
    print([(o.p, o.q) for o in (c1, c2)])
class D:
    def __getattribute__(self, name):
        return "intercepted " + name
d = D()
d.v = 1
print(d.v)
class E:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)
e = E()
for i in range(3):
    e.w = i
    print(e.w)
