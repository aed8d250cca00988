# extend from various iterables, copy vs alias, reverse and reversed.
a = [1, 2]
a.extend((3, 4))
a.extend("xy")
a.extend(range(2))
a.extend({7: "k"})
print(a)
b = a.copy()
c = a[:]
d = list(a)
b.append("b")
print(len(a), len(b), c == a, c is a, d is a)
a.reverse()
print(a, list(reversed(b))[:3])
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
shallow.append([4])
print(nested, shallow)
e = [0] * 3
grid = [[0] * 2] * 2
grid[0][0] = 5
print(e, grid)
a.extend(a)
print(len(a), a[:3])
