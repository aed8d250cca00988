# Number theory with big ints: modular inverses, CRT, primality by trial division and Fibonacci identities.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def crt(remainders, moduli):
    total, product = 0, 1
    for m in moduli:
        product *= m
    for r, m in zip(remainders, moduli):
        partial = product // m
        total += r * partial * pow(partial, -1, m)
    return total % product

print(egcd(240, 46), egcd(17, 5), [pow(a, -1, 101) for a in [2, 3, 50, 100]])
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
print([n for n in range(2, 100) if all([n % d for d in range(2, int(n ** 0.5) + 1)])][-5:])
fib = [0, 1]
for _ in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[200] % 1000000007, all([fib[n] ** 2 - fib[n - 1] * fib[n + 1] == (-1) ** (n - 1) for n in range(1, 150)]))
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, 127) - 1, (2 ** 127 - 1) % 1000003, 2 ** 64 // 3 ** 20)
