# pyperf's check mode (--wand-check in check_mode.args): one call per benchmark, its result printed.
import sys

# CPython finds the shim's source here; wand ignores sys.path and uses the copy built into it.
sys.path.insert(0, "../../../Sources/VM/Library")
import pyperf

CALLS = []
TOTALS = {"sum": 0}


def add_up(count, step=1):
    CALLS.append(count)
    return sum(range(0, count, step))


def time_squares(loops, count):
    started = pyperf.perf_counter()
    for _ in range(loops):
        TOTALS["sum"] += sum(i * i for i in range(count))
    return pyperf.perf_counter() - started


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


runner = pyperf.Runner()
runner.metadata["description"] = "check mode"
print(runner.parse_args().wand_check)
print(runner.bench_func("add_up", add_up, 100))
runner.bench_func("add_up_odd", add_up, 100, 2, inner_loops=10)
runner.bench_func("point", Point, 1.5, -2)
runner.bench_func("nothing", lambda: None)
runner.bench_time_func("squares", time_squares, 50)
print(CALLS, TOTALS, runner.metadata)
try:
    runner.bench_func("add_up", add_up, 1)
except ValueError as error:
    print("ValueError:", error)
print(CALLS)
