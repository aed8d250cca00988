# _collections.deque: CPython's errors for bad arguments, empty pops, mutation during iteration
from _collections import deque

d = deque([1, 2, 3])
checks = [
    lambda: hash(d),
    lambda: deque().pop(),
    lambda: deque().popleft(),
    lambda: d[10],
    lambda: d[-4],
    lambda: d["a"],
    lambda: d.index(42),
    lambda: d.remove("nope"),
    lambda: deque(maxlen=-1),
    lambda: deque(maxlen="a"),
    lambda: deque(5),
    lambda: deque(1, 2, 3),
    lambda: d + [1],
    lambda: d * "a",
    lambda: d.append(),
    lambda: d.rotate("a"),
    lambda: d.pop(1),
]
for check in checks:
    try:
        print(check())
    except Exception as e:
        print(type(e).__name__, e)
try:
    for v in d:
        d.append(v)
except RuntimeError as e:
    print("RuntimeError", e, len(d))
it = iter(d)
print(next(it), next(it))
d.appendleft(0)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
d[0] = 5
print(list(d), {1: deque([1])}[1])
