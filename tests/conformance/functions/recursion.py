# Classic recursive functions: fib, ackermann, hanoi, power set size.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print("fib:")
for i in range(15):
    print(i, fib(i))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

for m in range(3):
    for n in range(4):
        print("A", m, n, ackermann(m, n))
print("A 3 3", ackermann(3, 3))

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(4, "A", "C", "B")
print(len(moves))
for move in moves[:8]:
    print(move)
