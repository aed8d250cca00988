# Building lists and reading them back.
a = []
b = [1, 2, 3]
c = list(range(5))
d = list("abc")
e = [0] * 5
f = [[0] * 3] * 2
g = [[], [1], [1, [2, [3]]]]
print(a, b, c, d, e, f, g)
print(len(a), len(b), len(g), len(g[2]), g[2][1][1][0])
f[0][0] = 9
print(f, "(aliased rows)")
h = list(b)
h.append(4)
print(b, h, b == h, b is h)
print(list((1, 2)), list({3: "x", 1: "y"}), list(range(10, 0, -3)))
print([1, 2] + [3], [1, 2] * 2, [None] * 3, [] * 10)
print(b[0], b[-1], b[1:], b[::-1], 2 in b, 5 not in b)
