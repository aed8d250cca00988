# Comprehensions have their own scope but see enclosing names; closures capture per-iteration values.
factor = 10

def scale(values):
    offset = 1
    return [v * factor + offset for v in values]

print(scale([1, 2, 3]))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
bound = [lambda i=i: i for i in range(3)]
print([f() for f in bound])

def outer():
    data = [3, 1, 2]
    key = 2
    return [d for d in data if d != key], {d: key for d in data}

print(outer())
i = "unchanged"
squares = [i * i for i in range(4)]
print(i, squares)

def nested():
    rows = 3
    return [[r * c for c in range(rows)] for r in range(rows)]

print(nested())
print([[y for y in range(x)] for x in range(4)])
print([x + y for x in "ab" for y in "cd"], [(lambda n: n * 2)(k) for k in range(3)])
