#!/usr/bin/env python3
"""Times `wand exec` round trips against a busy and a sleeping `wand run` target.

For each target it sends N requests (200 by default) one after another and reports the median
and the 99th percentile of two numbers:
  - protocol: from writing the request into the mailbox to reading the result (the
    `round_trip_ms` that `wand exec --json` reports), which is what the attach protocol costs;
  - command: the wall time of the whole `wand exec` process, which adds the CLI's start-up
    (dynamic loading of the Swift runtime and Foundation) to the protocol time.
The goal for the protocol round trip is a median of at most 20 ms for both targets.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

TARGETS = {
    "busy": "counter = 0\nprint('ready', flush=True)\nwhile True:\n    counter += 1\n",
    "sleeping": "import time\nprint('ready', flush=True)\ntime.sleep(1000)\n",
}
REQUEST = "import __main__\nprint(__main__.__name__)"


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def start_target(wand, name, directory):
    program = Path(directory) / f"{name}.py"
    program.write_text(TARGETS[name])
    target = subprocess.Popen([wand, "run", str(program)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    if target.stdout.readline().strip() != "ready":
        target.kill()
        sys.exit(f"the {name} target did not start")
    return target


def measure(wand, pid, requests):
    protocol, command = [], []
    for _ in range(requests):
        started = time.perf_counter()
        finished = subprocess.run([wand, "exec", "--pid", str(pid), "--json", "-c", REQUEST], capture_output=True, text=True)
        command.append((time.perf_counter() - started) * 1000)
        if finished.returncode != 0:
            sys.exit(f"wand exec failed ({finished.returncode}): {finished.stdout}{finished.stderr}")
        protocol.append(json.loads(finished.stdout)["round_trip_ms"])
    return protocol, command


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wand", default=str(REPO_ROOT / ".build" / "release" / "wand"))
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--json", help="also write the numbers to this file")
    arguments = parser.parse_args()
    if not os.access(arguments.wand, os.X_OK):
        sys.exit(f"no wand at {arguments.wand}: build it with `swift build -c release --product wand` or pass --wand")

    results = {}
    with tempfile.TemporaryDirectory() as directory:
        for name in TARGETS:
            target = start_target(arguments.wand, name, directory)
            try:
                protocol, command = measure(arguments.wand, target.pid, arguments.requests)
            finally:
                target.kill()
                target.wait()
            results[name] = {
                "requests": arguments.requests,
                "protocol_median_ms": round(statistics.median(protocol), 3),
                "protocol_p99_ms": round(percentile(protocol, 0.99), 3),
                "command_median_ms": round(statistics.median(command), 3),
                "command_p99_ms": round(percentile(command, 0.99), 3),
            }

    print(f"{'target':<10} {'requests':>8} {'protocol median':>16} {'protocol p99':>13} {'command median':>15} {'command p99':>12}")
    for name, numbers in results.items():
        print(f"{name:<10} {numbers['requests']:>8} {numbers['protocol_median_ms']:>13.2f} ms {numbers['protocol_p99_ms']:>10.2f} ms"
              f" {numbers['command_median_ms']:>12.2f} ms {numbers['command_p99_ms']:>9.2f} ms")
    if arguments.json:
        Path(arguments.json).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
