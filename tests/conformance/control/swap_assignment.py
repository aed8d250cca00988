a, b = 1, 2
a, b = b, a
print(a, b)
x, x = 1, 2
print(x)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
p, q, r = "p", "q", "r"
p, q, r = r, p, q
print(p, q, r)
[m, n] = 5, 6
print(m, n)
def f():
    i, j = 0, 1
    for _ in range(10):
        i, j = j, i + j
    return i, j
print(f())
