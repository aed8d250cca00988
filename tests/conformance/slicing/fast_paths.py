# Slices of exact lists and tuples with small-int or None bounds take the interpreter's fast
# path; everything here must behave exactly as the general path does.
items = list(range(10))
print(items[2:5], items[:3], items[7:], items[:], items[::-1], items[8:2:-2], items[-3:], items[:-7])
print(items[100:], items[-100:2], items[5:2], items[::3], items[::-4], items[1:1000:300])
t = tuple(items)
print(t[2:5], t[::-1], t[-2:], t[5:2], type(t[1:3]).__name__)
print(items[True:3], t[False:True])

a = [1, 2, 3, 4, 5]
a[1:3] = [20, 30, 40]
print(a)
a[:0] = [0]
print(a)
a[len(a):] = [6, 7]
print(a)
a[-2:] = []
print(a)
a[2:1] = [99]
print(a)
a[:] = a
print(a)
a[1:4] = (7, 8)
print(a)
a[::2] = [0] * len(a[::2])
print(a)

class Sub(list):
    pass

s = Sub([1, 2, 3])
print(type(s[0:2]).__name__, s[::-1])
try:
    items[::0]
except ValueError as error:
    print("ValueError:", error)
try:
    a[::2] = [1]
except ValueError as error:
    print("ValueError:", error)
try:
    a[0:1] = 5
except TypeError as error:
    print("TypeError:", error)
try:
    items["a":]
except TypeError as error:
    print("TypeError:", error)
big = 10 ** 30
print(items[-big:big], items[big:], t[:-big])
