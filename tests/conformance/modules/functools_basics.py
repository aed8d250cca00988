# functools: reduce, partial, lru_cache with its statistics, cache, wraps, cmp_to_key.
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key
import functools

print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(max, [])
except TypeError as error:
    print("TypeError:", error)
power = partial(pow, 2)
print(power(10), partial(int, base=16)("ff"), partial(sorted, reverse=True)([3, 1, 2]))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for value in [1, 2, 1, 3, 2, 1]:
    print(square(value))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())


@cache
def slow_add(a, b=0):
    return a + b


print(slow_add(1, b=2), slow_add(1, b=2), slow_add.cache_info().hits)


def logged(function):
    @wraps(function)
    def wrapper(*args):
        return function(*args)
    return wrapper


@logged
def documented(x):
    """Doubles x."""
    return 2 * x


print(documented.__name__, documented.__doc__, documented(21), documented.__wrapped__(1))
print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
