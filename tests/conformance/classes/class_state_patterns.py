# Class attributes through type(self), failing __init__, custom __iter__ and augmented item/attribute assignment.
class Base:
    count = 0
    def __init__(self):
        type(self).count += 1
class A(Base): pass
class B(Base): pass
A(); A(); B()
print(Base.count, A.count, B.count)
class P:
    def __init__(self, x):
        if x < 0:
            raise ValueError("neg")
        self.x = x
try:
    P(-1)
except ValueError as e:
    print("init failed", e)
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __iter__(self):
        yield_list = [self.val]
        for c in self.children:
            yield_list.extend(list(c))
        return iter(yield_list)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree), sum(tree), max(tree), sorted(tree, reverse=True))
class Temp:
    def __init__(self, c): self.c = c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"T{self.c}"
print(sorted([Temp(3), Temp(1), Temp(2)]), max(Temp(1), Temp(5)), min([Temp(4), Temp(2)]))
print(Temp(1) > Temp(0), Temp(1) < Temp(2))
try: Temp(1) <= Temp(2)
except TypeError as e: print(e)
x = [1, 2, 3]
print(x.__len__() if hasattr(x, "__len__") else len(x))
s = "hello"
print(s.__contains__("ell") if hasattr(s, "__contains__") else "ell" in s)
class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, 0)
    def __setitem__(self, k, v): self.d[k] = v
m = M()
m["a"] += 5
m["a"] *= 3
m["b"] -= 1
print(m.d)
class Obj: pass
o = Obj()
o.val = 1
o.val += 10
print(o.val)
