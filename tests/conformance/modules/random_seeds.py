# random.seed with ints (small, negative, huge), str, bytes, floats and bools reproduces CPython's streams
import random

seeds = [0, 1, 42, -1, -42, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 5, -(2 ** 100), 12345678901234567890123,
         "", "a", "hello world", "héllo ✓", b"", b"bytes\x00\xff", 3.5, -2.25, 0.0, True, False]
for seed in seeds:
    random.seed(seed)
    print(repr(seed), random.random(), random.random(), random.getrandbits(8))

for seed in ["spam", b"spam"]:
    random.seed(seed, version=1)
    print("version 1", repr(seed), random.random())

random.seed(7)
first = [random.random() for _ in range(5)]
random.seed(7)
print(first == [random.random() for _ in range(5)])

print([random.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 63, 64, 65)])
print(random.getrandbits(200))
print(random.getrandbits(1000) % 1000003)
print(random.randbytes(0), random.randbytes(1), random.randbytes(13))

random.seed(2024)
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
values = [random.random() for _ in range(3)]
random.setstate(state)
print(values == [random.random() for _ in range(3)])
random.gauss()
state = random.getstate()
print(state[2])
after = random.gauss()
random.setstate(state)
print(after == random.gauss())

# Enough draws to regenerate the state several times.
random.seed(99)
total = 0
for _ in range(5000):
    total += random.getrandbits(32)
print(total)
