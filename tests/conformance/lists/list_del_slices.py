# del with indexes, slices and steps on lists.
xs = list(range(12))
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[2:4]
print(xs)
del xs[::3]
print(xs)
del xs[10:]
print(xs)
del xs[1::2]
print(xs)
ys = list(range(6))
del ys[:]
print(ys)
zs = list(range(10))
del zs[-3:-1], zs[0]
print(zs)
try:
    del zs[20]
except IndexError as e:
    print("IndexError:", e)
