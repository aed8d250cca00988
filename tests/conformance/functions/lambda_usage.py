# Lambdas as arguments, in data structures, with defaults and immediately invoked.
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "max": lambda *xs: max(xs)}
print([ops[k](6, 3) for k in ["+", "-", "*"]], ops["max"](4, 9, 2))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda: "thunk")(), (lambda x, y=10: x + y)(1))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3), (lambda *a, **k: (a, k))(1, x=2))
print((lambda: None).__name__, inc.__name__)
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(12)])
