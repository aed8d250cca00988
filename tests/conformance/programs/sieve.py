# Sieve of Eratosthenes with statistics about the primes found.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    primes = []
    for n in range(limit + 1):
        if is_prime[n]:
            primes.append(n)
    return primes


def twin_primes(primes):
    twins = []
    for i in range(len(primes) - 1):
        if primes[i + 1] - primes[i] == 2:
            twins.append((primes[i], primes[i + 1]))
    return twins


def largest_gap(primes):
    best = (0, 0, 0)
    for i in range(len(primes) - 1):
        gap = primes[i + 1] - primes[i]
        if gap > best[0]:
            best = (gap, primes[i], primes[i + 1])
    return best


def last_digit_histogram(primes):
    histogram = {}
    for p in primes:
        digit = p % 10
        histogram[digit] = histogram.get(digit, 0) + 1
    return histogram


primes = sieve(10000)
print("count:", len(primes))
print("first 25:", primes[:25])
print("last 5:", primes[-5:])
print("sum:", sum(primes))
twins = twin_primes(primes)
print("twin pairs:", len(twins), "first:", twins[:6], "last:", twins[-1])
gap, low, high = largest_gap(primes)
print(f"largest gap {gap} between {low} and {high}")
histogram = last_digit_histogram(primes)
for digit in sorted(histogram):
    count = histogram[digit]
    print(f"ends in {digit}: {count:5d} {'#' * (count // 40)}")
for bound in [10, 100, 1000, 10000]:
    n = 0
    for p in primes:
        if p <= bound:
            n += 1
    print(f"pi({bound}) = {n}, density {n / bound:.4f}")
goldbach = {}
for even in range(4, 60, 2):
    for p in primes:
        if even - p in primes[:30]:
            goldbach[even] = (p, even - p)
            break
print(goldbach)
