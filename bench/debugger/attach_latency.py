#!/usr/bin/env python3
"""Attach latency: from the start of `wand debug --pid N` to the adapter's `initialized` event
(goal: at most 100 ms). Each run attaches to a fresh target busy in a loop.

Usage: python3 bench/debugger/attach_latency.py [--wand PATH] [--repeat N]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dap_client import DAPClient  # noqa: E402

TARGET = "count = 0\nprint('ready', flush=True)\nwhile True:\n    count += 1\n"


def one_attach(wand):
    target = subprocess.Popen([wand, "run", "-c", TARGET], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        target.stdout.readline()
        started = time.perf_counter()
        debug = subprocess.run([wand, "debug", "--pid", str(target.pid), "--port", "0"], capture_output=True, text=True, check=True)
        port = int(re.search(r"listening on [0-9.]+:(\d+)", debug.stdout).group(1))
        client = DAPClient("127.0.0.1", port)
        client.send("initialize", {"adapterID": "wand"})
        client.event("initialized")
        elapsed = time.perf_counter() - started
        client.request("disconnect", {})
        client.close()
        return elapsed
    finally:
        target.kill()
        target.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wand", default=".build/release/wand")
    parser.add_argument("--repeat", type=int, default=10)
    arguments = parser.parse_args()
    runs = [one_attach(arguments.wand) for _ in range(arguments.repeat)]
    print("attach to initialized: median %.1f ms, max %.1f ms  (goal <= 100 ms)" % (statistics.median(runs) * 1e3, max(runs) * 1e3))


if __name__ == "__main__":
    main()
