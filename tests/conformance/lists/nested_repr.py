# repr of nested and self-referencing lists.
a = [1, [2, [3, [4, []]]], "s", None]
print(a, repr(a), str(a))
b = [1, 2]
b.append(b)
print(b)
print(len(b), b[2] is b, b[2][2][2][0])
c = []
c.append(c)
c.append(c)
print(c)
d = [1]
e = [d, d]
print(e)
f = {"self": None}
f["self"] = f
print(f)
g = [1, {"k": [2]}]
g[1]["k"].append(g)
print(g)
print([0.1, -0.0, "q'uote", 'd"q', (1,), ()])
