# *args and **kwargs collection and unpacking at call sites.
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)

show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "x", key=None)
nums = [4, 5, 6]
opts = {"sep": "-", "end": "."}
show(*nums, **opts)
show(0, *nums, 7, *"ab", z=1, **opts)

def total(first, *rest):
    result = first
    for r in rest:
        result += r
    return result

print(total(1), total(1, 2, 3), total("a", "b", "c"), total([1], [2]))

def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6, f=7))
print(print(*range(3), sep=","))

def forward(*args, **kwargs):
    return mixed(*args, **kwargs)

print(forward(9, 8, 7, c=0, zz="last"))
