# Big-integer Fibonacci and factorial digit statistics.
def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def digit_sum(n):
    total = 0
    for ch in str(n):
        total += int(ch)
    return total


def digit_counts(n):
    counts = [0] * 10
    for ch in str(n):
        counts[int(ch)] += 1
    return counts


for n in [10, 50, 100, 300, 1000]:
    f = fibonacci(n)
    s = str(f)
    print(f"fib({n}) has {len(s)} digits, digit sum {digit_sum(f)}, starts {s[:12]}, ends {s[-6:]}")
for n in [10, 52, 100, 250, 500]:
    f = factorial(n)
    s = str(f)
    trailing = len(s) - len(s.rstrip("0"))
    print(f"{n}! has {len(s)} digits, {trailing} trailing zeros, digit sum {digit_sum(f)}")
print(digit_counts(factorial(100)))
print(fibonacci(100) * fibonacci(101) - fibonacci(102) * fibonacci(99))
index = 1
while len(str(fibonacci(index))) < 100:
    index += 1
print("first fib with 100 digits is number", index)
print(2 ** 1000 % 10 ** 10, digit_sum(2 ** 1000))
power = 1
for i in range(1, 40):
    power *= 7
    if i % 8 == 0:
        print(f"7^{i} = {power}")
print(factorial(30) // factorial(28) // 2 == 30 * 29 // 2)
