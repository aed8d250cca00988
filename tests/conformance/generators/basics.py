# Generators: yield, iteration, next with a default, return values, generator expressions.


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"


print(list(countdown(5)))
gen = countdown(2)
print(next(gen), next(gen), next(gen, "empty"))
try:
    next(countdown(0))
except StopIteration as stop:
    print("StopIteration", stop.value, stop.args)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


numbers = fib()
print([next(numbers) for _ in range(15)])
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(20) if x % 3 == 0), tuple(c.upper() for c in "abc"))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs), list(pairs))
print(sorted(k for k in {"b": 1, "a": 2}), any(x > 3 for x in [1, 5]), all(x for x in []))


def nested(depth):
    if depth:
        for value in nested(depth - 1):
            yield value * 2
    yield depth


print(list(nested(4)))


def with_cleanup(items):
    try:
        for item in items:
            yield item
    finally:
        print("cleanup")


for value in with_cleanup([1, 2]):
    print("got", value)
print(type(countdown(1)).__name__, iter(gen) is gen)
offset = 10
print(list(n + offset for n in range(3)))
