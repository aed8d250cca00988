# Slice assignment, extended slices and their errors.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [99]
print(a)
a[1:3] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
b = list(range(8))
b[::-3] = ["x", "y", "z"]
print(b)
b[5:2] = ["ins"]
print(b)
b[:] = "hey"
print(b)
c = list(range(10))
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[0] = c[20]
except IndexError as e:
    print("IndexError:", e)
try:
    c[20] = 1
except IndexError as e:
    print("IndexError:", e)
c[-1] = "last"
c[0] = "first"
print(c)
