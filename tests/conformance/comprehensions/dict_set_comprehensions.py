# Dict and set comprehensions, including key collisions and conditions.
words = ["one", "two", "three", "four", "five", "six"]
print({w: len(w) for w in words})
print({len(w): w for w in words})
print({i: i * i for i in range(-3, 4) if i != 0})
print({k: v for k, v in zip(range(5), "abcde") if k % 2 == 0})
print({i % 5 for i in range(20)}, {n * n % 7 for n in range(10)})
print({x: [y for y in range(x)] for x in range(4)})
inverse = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverse, sorted({len(w) for w in words}))
counts = {}
for w in words:
    counts[w[0]] = counts.get(w[0], 0) + 1
print({k: v for k, v in sorted(counts.items())})
print({(x, y): x * y for x in range(2) for y in range(2)})
print({True: "a", 1: "b", 1.0: "c"}, {i: i for i in [1, True, 1.0]})
