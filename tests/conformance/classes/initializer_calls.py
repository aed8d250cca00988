class A:
    def __init__(self, x, y=2, *rest, key=None):
        self.total = x + y + len(rest)
        self.key = key

a = A(1)
b = A(1, 5, 6, 7, key="k")
print(a.total, a.key, b.total, b.key)
class B(A):
    def __init__(self, x):
        super().__init__(x, 10)
print(B(3).total, type(B(3)).__name__, isinstance(B(3), A))
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
class Broken:
    def __init__(self, n):
        self.n = 1 / n
try:
    Broken(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
objs = [A(i) for i in range(5)]
print([o.total for o in objs])
Bad()
