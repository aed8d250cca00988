# Slice assignment that grows, shrinks, inserts and replaces extended slices.
xs = list(range(10))
xs[2:5] = ["a"]
print(xs)
xs[1:1] = [100, 101, 102]
print(xs)
xs[-2:] = []
print(xs)
xs[:0] = "AB"
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
xs[len(xs):] = (7, 8)
print(xs)
ys = [1, 2, 3, 4, 5, 6]
ys[::-2] = ["x", "y", "z"]
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
zs = [1, 2, 3]
zs[5:10] = [9]
zs[-10:1] = [0]
print(zs)
zs[:] = zs[::-1]
print(zs)
