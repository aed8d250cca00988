# insert at out-of-range and negative positions, remove, pop with indexes, clear.
xs = [1, 2, 3]
for pos, val in [(0, "a"), (-1, "b"), (100, "c"), (-100, "d"), (2, "e")]:
    xs.insert(pos, val)
    print(pos, xs)
xs.remove("e")
print(xs, xs.pop(), xs.pop(0), xs.pop(-2), xs)
try:
    xs.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
ys = [3, 1, 3, 2, 3]
ys.remove(3)
print(ys, ys.count(3), ys.index(3), ys.index(3, 2))
ys.clear()
print(ys, len(ys))
