# Default values are evaluated once, at definition time.
calls = []

def make_default():
    calls.append("made")
    return len(calls)

def f(x=make_default()):
    return x

print(calls)
print(f(), f(), f(99))
print(calls)

def g(cache={}):
    cache[len(cache)] = len(cache) * 10
    return cache

print(g())
print(g())
print(g({}))
print(g())
