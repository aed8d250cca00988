# Loop-heavy work with a function that is never called: the breakpoint goes there.
import time


def never_called():
    return 0


def work(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i * 2
        else:
            total -= 1
    return total


start = time.perf_counter()
result = 0
for round in range(30):
    result += work(200000)
print("result", result)
print("loop_seconds", time.perf_counter() - start)
