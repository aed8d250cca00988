#!/usr/bin/env python3
"""Per-iteration slowdown of a loop-heavy program with a DAP client attached and one breakpoint
in a function that is never called (goal: at most 1.03x).

Usage: python3 bench/debugger/overhead.py [--wand PATH] [--repeat N]
Each run times the program's own loop in CPU time (loop_seconds), so start-up, attach and the
machine's other load are not counted.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dap_client import DAPClient  # noqa: E402

PROGRAM = os.path.join(HERE, "loop_program.py")
NEVER_CALLED_LINE = 6


def loop_seconds(output):
    return float(re.search(r"loop_seconds ([0-9.e-]+)", output).group(1))


def plain_run(wand):
    return loop_seconds(subprocess.run([wand, "run", PROGRAM], capture_output=True, text=True, check=True).stdout)


def attached_run(wand):
    process = subprocess.Popen([wand, "run", "--listen", "127.0.0.1:0", "--wait-for-client", PROGRAM],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    port = int(re.search(r":(\d+)$", process.stderr.readline().strip()).group(1))
    client = DAPClient("127.0.0.1", port)
    client.request("initialize", {"adapterID": "wand"})
    client.request("attach", {})
    client.request("setBreakpoints", {"source": {"path": PROGRAM}, "breakpoints": [{"line": NEVER_CALLED_LINE}]})
    client.request("configurationDone")
    output, _ = process.communicate()
    client.close()
    return loop_seconds(output)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wand", default=".build/release/wand")
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    plain, attached = [], []
    for _ in range(arguments.repeat):
        plain.append(plain_run(arguments.wand))
        attached.append(attached_run(arguments.wand))
    # Runs alternate, so drift of a shared machine hits both; the fastest run is the least disturbed.
    for name, runs in (("plain", plain), ("attached", attached)):
        print("%-9s min %.3f s  median %.3f s  (runs: %s)" % (name, min(runs), statistics.median(runs), " ".join("%.3f" % t for t in runs)))
    print("slowdown  %.3fx by the fastest runs, %.3fx by the medians  (goal <= 1.03x)"
          % (min(attached) / min(plain), statistics.median(attached) / statistics.median(plain)))


if __name__ == "__main__":
    main()
