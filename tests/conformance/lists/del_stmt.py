# del on list items, slices and names.
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[:]
print(a, len(a))
b = [1, 2, 3]
c = b
del b
print(c)
try:
    print(b)
except NameError as e:
    print("NameError:", e)
d = [[1, 2], [3, 4]]
del d[1][0]
print(d)
try:
    del d[5]
except IndexError as e:
    print("IndexError:", e)
