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


# CPU time, not wall time: a busy shared machine delays the process without making it slower.
start = time.process_time()
result = 0
for round in range(100):
    result += work(200000)
print("result", result)
print("loop_seconds", time.process_time() - start)
