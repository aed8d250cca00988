# Lambdas as values, in data structures and as arguments.
square = lambda x: x * x
add = lambda a, b=10: a + b
const = lambda: "constant"
varia = lambda *a, **k: (a, k)
print(square(7), add(1), add(1, 2), const(), varia(1, x=2))
pipeline = [lambda x: x + 1, lambda x: x * 2, lambda x: x - 3, square]
value = 5
for f in pipeline:
    value = f(value)
    print(value)
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]))
print((lambda x, y: x ** y)(2, 10))
print(list(map(lambda s: s[::-1], ["abc", "xy"])))
