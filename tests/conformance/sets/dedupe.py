# Using sets of ints to deduplicate and to find common elements.
data = [5, 1, 5, 3, 9, 1, 1, 7, 3, 0]
seen = set()
order = []
for x in data:
    if x not in seen:
        seen.add(x)
        order.append(x)
print(order, sorted(seen), len(seen))
multiples3 = set(range(0, 50, 3))
multiples5 = set(range(0, 50, 5))
print(sorted(multiples3 & multiples5))
print(sorted(multiples3 ^ multiples5)[:10])
print(len(multiples3 | multiples5))
primes = set(range(2, 60))
for p in range(2, 8):
    primes -= set(range(p * p, 60, p))
print(sorted(primes))
print(sum(primes), max(primes), min(primes))
