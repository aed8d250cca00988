# Euclid's algorithm and related integer utilities written by hand.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8), gcd(2 ** 100, 6 ** 50))
print(lcm(4, 6), lcm(21, 6))
acc = 1
for n in range(1, 31):
    acc = lcm(acc, n)
    if n % 5 == 0:
        print(n, acc)

def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y

for a, b in [(240, 46), (17, 5), (10 ** 20 + 3, 97)]:
    g, x, y = ext_gcd(a, b)
    print(a, b, g, x, y, a * x + b * y == g)
