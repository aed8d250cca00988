# Timed runs, made deterministic by a fake clock: calibration, values, warmups, inner loops, output.
import sys

# CPython finds the shim's source here; wand ignores sys.path and uses the copy built into it.
sys.path.insert(0, "../../../Sources/VM/Library")
import pyperf

# Every call of a benchmark function advances the clock by 10, 20 or 30 ms in turn.
clock = {"now": 100.0, "calls": 0}


def fake_perf_counter():
    return clock["now"]


def work():
    clock["calls"] += 1
    clock["now"] += 0.01 * (1 + clock["calls"] % 3)
    return clock["calls"]


def time_work(loops, scale):
    started = pyperf.perf_counter()
    for _ in range(loops):
        work()
    return (pyperf.perf_counter() - started) * scale


pyperf.perf_counter = fake_perf_counter
runner = pyperf.Runner(values=2, processes=3, warmups=1)
runner.parse_args([])
first = runner.bench_func("work", work)
print(first.get_name(), first.loops, first.get_nvalue(), clock["calls"])
print(["%.4f" % value for value in first.get_values()])
print("%.6f %.6f" % (first.mean(), first.stdev()))
second = runner.bench_time_func("scaled", time_work, 1000.0, inner_loops=4)
print(second.get_name(), second.loops, second.inner_loops, second.get_nvalue())
print(second.metadata["name"], second.metadata["loops"], second.metadata["inner_loops"])
single = pyperf.Runner(values=1, processes=1, loops=2, show_name=False)
single.parse_args(["--warmups", "0"])
print(single.bench_func("once", work).get_values())
tiny = pyperf.Runner(processes=1)
tiny.parse_args(["--loops", "1000"])
tiny.bench_func("micro", work, inner_loops=1000)
print(clock["calls"])
