# Nested function definitions and scope lookup.
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner(b * 10)
    return middle(a * 10)

print(outer(1), outer(2))
x = "global"
def scopes():
    x = "enclosing"
    def show():
        return x
    return show()
print(scopes(), x)

def builder(n):
    def step(k):
        if k == 0:
            return [0]
        return step(k - 1) + [k * n]
    return step(4)

print(builder(3))

def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = counter_pair()
inc()
inc()
print(get(), inc(), get())
