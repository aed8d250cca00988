# List comprehensions with conditions, nesting and expressions.
nums = list(range(-5, 6))
print([n * n for n in nums])
print([n for n in nums if n % 2 == 0], [n for n in nums if n > 0 if n % 2])
print([abs(n) if n < 0 else -n for n in nums])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
words = ["apple", "Banana", "cherry", "date", "Elder"]
print([w.lower() for w in words if w[0].isupper()], [len(w) for w in words])
print([c for w in words for c in w if c in "aeiou"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([x for x in []], [i for i in "abc"], [None for _ in range(2)])
pairs = [(k, v) for k, v in zip("abc", [1, 2, 3])]
print(pairs, [k * v for k, v in pairs])
x = "outer"
print([x for x in range(3)], x)
