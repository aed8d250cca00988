# randint, randrange (steps, negatives, huge ranges), choice, shuffle and sample draw what CPython draws
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-10, 10) for _ in range(15)])
print([random.randint(0, 0) for _ in range(3)])
print([random.randrange(10) for _ in range(15)])
print([random.randrange(5, 10) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(-50, 50, 3) for _ in range(10)])
print([random.randrange(100, -100, -9) for _ in range(10)])
print([random.randrange(-1, -20, -2) for _ in range(10)])
print(random.randrange(10 ** 30), random.randrange(-10 ** 25, 10 ** 25, 17))
print(random.randint(2 ** 64, 2 ** 65), random.randrange(2 ** 31, 2 ** 33))
print(random.randrange(10, step=1), random.randrange(start=3, stop=9))

print([random.choice("abcdefghij") for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice((1.5, 2.5)), random.choice(range(1000, 2000, 3)))
print(random.choice([[1], [2]]))

for size in (0, 1, 2, 5, 10, 52):
    deck = list(range(size))
    random.shuffle(deck)
    print(size, deck)
words = ["alpha", "beta", "gamma", "delta"]
random.shuffle(words)
print(words)

print(random.sample(range(100), 10))
print(random.sample(range(10), 10))
print(random.sample("abcdefgh", 3), random.sample((1, 2, 3), 0))
print(random.sample(range(10 ** 9), 6))
print(random.sample(list(range(30)), 25))
print(random.sample(range(1000), 100)[-5:])
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("xyz", k=2, counts=[1, 0, 3]))

r = random.Random(5)
s = random.Random(5)
print(r.random() == s.random(), r.randint(1, 100), s.randrange(0, 100, 5))
print(r.choice("abc"), r.sample(range(20), 4), random.Random("text").random(), random.Random().random() < 1)
r.seed(8)
items = list(range(8))
r.shuffle(items)
print(items, r.getrandbits(16))
