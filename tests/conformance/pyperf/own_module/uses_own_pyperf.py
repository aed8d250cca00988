# `import pyperf` prefers a pyperf.py next to the program to the pyperf module built into wand.
import sys

import pyperf

print(pyperf.ORIGIN)
print(pyperf.__name__, sys.modules["pyperf"] is pyperf)
print(hasattr(pyperf, "perf_counter"), hasattr(pyperf, "Namespace"))
pyperf.Runner().bench_func("sum", sum, [1, 2, 3])
