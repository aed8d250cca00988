# Operators on lists and tuples: +, *, +=, comparison, membership and errors.
a, b = [1, 2], [3]
print(a + b, a * 2, [0] * 3 + [1], a < b, a == [1, 2], [1, 2, 3] > a, 2 in a, [1] in [a, [1]])
c = a
c += b
print(a, c, a is c)
d = a
d = d + [9]
print(a, d, a is d)
t = (1, 2)
print(t + (3,), t * 2, t < (1, 3), t == (1, 2), (1, 2) == [1, 2], 3 in t)
for bad in [lambda: a + (1,), lambda: t + [1], lambda: a * a, lambda: a - b]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
e = [1]
e += (2, 3)
e += "ab"
print(e)
