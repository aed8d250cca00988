# Classic recursive functions: gcd, power set, Hanoi moves, binary search, Ackermann.
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

def search(xs, target, lo=0, hi=None):
    hi = len(xs) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    return search(xs, target, mid + 1, hi) if xs[mid] < target else search(xs, target, lo, mid)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(gcd(1071, 462), gcd(17, 5), gcd(2 ** 40, 6 ** 20))
print(power_set([1, 2, 3]))
print(len(hanoi(5, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
xs = list(range(0, 50, 5))
print([search(xs, t) for t in [0, 25, 45, 7, 50]])
print(ackermann(2, 3), ackermann(3, 3))
