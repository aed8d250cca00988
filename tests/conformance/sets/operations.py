# Set algebra with methods and operators.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([8, 9], (10,)), a.intersection(range(3)), a.difference({1}, {2}))
print(a <= b, {4, 5} <= a, {4, 5} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4, 5})
print({1, 2}.issubset(a), a.issuperset({1, 2}), a.isdisjoint(b), {0}.isdisjoint(b))
c = set(a)
c |= {100}
print(c)
c &= {1, 2, 100, 200}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
c.update([50, 60])
print(c)
c.intersection_update({3, 50, 7})
print(c)
