# Recursive calls: fib(30) computed several times; prints the sum as a checksum.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for round_number in range(10):
    total += fib(30)
print("fib checksum:", total)
