# Comprehensions with several for and if clauses, and conditional expressions inside.
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
print([[c if c.isalpha() else "_" for c in word] for word in ["a1", "b2c", "!"]])
print({w: [i for i, ch in enumerate(w) if ch == "s"] for w in ["mississippi", "bass", "tree"]})
print(sorted({a * b for a in range(1, 6) for b in range(1, 6) if a != b}))
flat = [n for row in [[1, 2], [], [3], [4, 5, 6]] for n in row]
print(flat, [n * 10 if n % 2 else n for n in flat])
print([i for i in range(10) if (lambda v: v % 3 == 0)(i)], [s.strip() for s in " a , b,c ".split(",")])
primes = [n for n in range(2, 60) if all([n % d for d in range(2, int(n ** 0.5) + 1)])]
print(primes, len(primes))
