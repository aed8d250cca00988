"""Recursive fib(30), written as a pyperf benchmark so that bench/pyperformance.py measures it the
same way as the pyperformance files."""

import pyperf


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Recursive fib(30)"
    runner.bench_func("fib", fib, 30)
