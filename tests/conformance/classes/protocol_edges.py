# Protocol edge cases: __reversed__, __len__ validation, __bool__ results, __slots__, always-equal objects, reflected >.
class R:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 2
    def __reversed__(self): return iter(["custom", "reversed"])
print(list(reversed(R(3))), list(R(3)), 4 in R(3), len(R(0)), bool(R(0)))
class Bad:
    def __len__(self): return -1
try: len(Bad())
except ValueError as e: print("ValueError", e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print("TypeError", e)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
print(s.a)
class WithEq:
    def __eq__(self, o): return True
print(WithEq() == 1, 1 == WithEq(), WithEq() != 1, [WithEq()] == [2], WithEq() in [5])
class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(sorted([Cmp(2), Cmp(1)], key=lambda c: c.v)[0].v, max([Cmp(1), Cmp(3)]).v, Cmp(1) < Cmp(2))
