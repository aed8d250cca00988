# Dict comprehensions: single and nested loops, conditions, closures over outer names.
squares = {i: i * i for i in range(10)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
pairs = {(a, b): a * b for a in range(3) for b in range(3) if a != b}
print(pairs)
offset = 100
shifted = {name: len(name) + offset for name in ["alpha", "be", "gam"]}
print(shifted)
inverted = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inverted)
nested = {i: {j: i + j for j in range(i)} for i in range(4)}
print(nested)


def counts(words):
    return {word: words.count(word) for word in words}


print(counts(["a", "b", "a", "c", "b", "a"]))
total = 0
for round_number in range(2000):
    table = {i: i for i in range(50)}
    total += len(table) + table[49]
print(total)
