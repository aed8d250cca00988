# Tuple unpacking and star-unpacking in assignment.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
one, *empty = [1]
print(one, empty)
a, *b, c = "ab"
print(a, b, c)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
m = n = 7
print(m, n)
t = (1, 2, 3)
u, v, w = t
print(u + v + w)
print(*t, *[4, 5], sep=",")
combined = [*t, *"ab", 0]
print(combined, (*t, 9))
