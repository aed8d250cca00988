# How positional, keyword, default, *args, keyword-only and **kwargs parameters bind.
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8))
print(f(a=1, c=3, d=0, e=9))
print(f(*[1, 2, 3], **{"c": 4, "z": 5}))
print(f(1, *(2, 3), c=4, **{"d": 5}))

def g(*args):
    return len(args), args

print(g(), g(1), g(*"abc"), g(*[], *()))

def h(**kwargs):
    return sorted(kwargs.items())

print(h(), h(x=1, y=2), h(**{"a": 1}, b=2))
for call in [lambda: f(1), lambda: f(1, 2, c=3, a=4), lambda: g(x=1), lambda: f(c=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
