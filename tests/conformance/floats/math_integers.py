# math integer functions: factorial, gcd, comb, perm, prod, fsum.
import math
for n in [0, 1, 5, 10, 20, 30]:
    print(n, math.factorial(n))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2 ** 64, 2 ** 40 * 3), math.gcd())
print(math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.comb(5, 2), math.comb(10, 0), math.comb(52, 5), math.comb(100, 50), math.comb(3, 5))
print(math.perm(5, 2), math.perm(5), math.perm(10, 3), math.perm(3, 4))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 21)))
print(math.prod([2, 3], start=10))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([]))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
