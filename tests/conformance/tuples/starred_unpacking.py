# Starred assignment targets and unpacking in calls, lists, tuples and dicts.
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
a, *middle, z = range(6)
print(first, rest, init, last, a, middle, z)
head, *tail = [1]
print(head, tail)
(x, y), *others = [(1, 2), (3, 4), (5, 6)]
print(x, y, others)
for p, *q in [(1, 2, 3), (4,), (5, 6)]:
    print(p, q)
print([*range(3), *"ab", *[None]], (*[1, 2], 3), {*[1, 2], *(2, 3)}, {**{"a": 1}, "b": 2})
def show(*args, **kwargs):
    return args, kwargs
print(show(*[1, 2], *(3,), **{"k": 4}, **{"j": 5}))
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    m, *n, o = [1]
except ValueError as e:
    print("ValueError:", e)
