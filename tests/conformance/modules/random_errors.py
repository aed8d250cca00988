# random's error cases raise CPython's exceptions and messages
import random

cases = [
    lambda: random.randrange(0),
    lambda: random.randrange(-5),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(10, 1),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randrange(0, 10, -1),
    lambda: random.randrange(10, None, 2),
    lambda: random.randint(5, 1),
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.sample(range(3), 4),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2, 3}, 1),
    lambda: random.sample("ab", 1, counts=[1]),
    lambda: random.sample("ab", 1, counts=[0, 0]),
    lambda: random.choices("abc", [1, 2]),
    lambda: random.choices("abc", [0, 0, 0]),
    lambda: random.choices("abc", 3),
    lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
    lambda: random.getrandbits(-1),
    lambda: random.seed([1, 2]),
    lambda: random.gammavariate(0, 1),
    lambda: random.expovariate(0),
    lambda: random.setstate((9, (), None)),
    lambda: random.setstate((3, (1, 2), None)),
]
for case in cases:
    try:
        print("no error", case())
    except (ValueError, TypeError, IndexError, ZeroDivisionError) as error:
        print(type(error).__name__ + ":", str(error).replace("\n", " "))

random.seed(3)
print(random.random())
random.randrange(0)
