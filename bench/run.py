#!/usr/bin/env python3
"""Times `wand run` against CPython 3.11 and PyPy3 on bench/programs/*.py and prints a comparison table.

Reading the ratios: wand/CPython and wand/PyPy divide wand's median time by the other one's,
so a ratio < 1 means wand is faster and a ratio > 1 means wand is slower.
"""

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
PROGRAMS_DIR = BENCH_DIR / "programs"
RUN_TIMEOUT_SECONDS = 300


class Implementation:
    """One way of running a program: a name and the command line that precedes the program path."""

    def __init__(self, name, command):
        self.name = name
        self.command = command
        self.unavailable_reason = None if command else "not installed"

    @property
    def available(self):
        return self.unavailable_reason is None


def parse_arguments():
    parser = argparse.ArgumentParser(description="Compare wand with CPython and PyPy on bench/programs.")
    parser.add_argument("--wand", default=str(REPO_ROOT / ".build" / "release" / "wand"),
                        help="path to the wand binary (default: .build/release/wand)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per program and implementation (default: 5)")
    parser.add_argument("--filter", default="", help="only run programs whose name contains this substring")
    parser.add_argument("--json", metavar="PATH", help="also write the results to this JSON file")
    arguments = parser.parse_args()
    if arguments.repeat < 1:
        parser.error("--repeat must be at least 1")
    return arguments


def find_or_install_pypy():
    """Return the pypy3 command, installing the Debian package if it is missing and we may; None otherwise."""
    if shutil.which("pypy3"):
        return "pypy3"
    if not shutil.which("apt-get"):
        print("pypy3 is not installed and apt-get is unavailable; PyPy will be reported as unavailable.")
        return None
    as_root = [] if os.geteuid() == 0 else ["sudo", "-n"]
    print("pypy3 is not installed; installing it with apt-get ...", flush=True)
    environment = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", "--no-install-recommends", "pypy3"]):
        if subprocess.run(as_root + command, stdin=subprocess.DEVNULL, env=environment).returncode != 0:
            print("Installing pypy3 failed; PyPy will be reported as unavailable.")
            return None
    return "pypy3" if shutil.which("pypy3") else None


def implementations(wand_path):
    cpython = Implementation("CPython", ["python3"] if shutil.which("python3") else None)
    pypy_command = find_or_install_pypy()
    pypy = Implementation("PyPy", [pypy_command] if pypy_command else None)
    wand = Implementation("wand", [wand_path, "run"])
    if not os.access(wand_path, os.X_OK):
        wand.unavailable_reason = f"no executable at {wand_path} (build it with swift build -c release)"
    return cpython, pypy, wand


def version_of(implementation):
    if implementation.name == "wand":
        command = [implementation.command[0], "--version"]
    else:
        command = implementation.command + ["--version"]
    completed = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    return (completed.stdout + completed.stderr).strip().splitlines()[0] if completed.returncode == 0 else "unknown version"


def run_once(command, program):
    """Run a program once; return (seconds, exit status, stdout, stderr)."""
    started = time.perf_counter()
    completed = subprocess.run(command + [str(program)], capture_output=True, text=True,
                               stdin=subprocess.DEVNULL, timeout=RUN_TIMEOUT_SECONDS)
    elapsed = time.perf_counter() - started
    return elapsed, completed.returncode, completed.stdout, completed.stderr


def measure(implementation, program, repeat, expected_output):
    """Time `repeat` runs; return {"ms": median} or {"error": why}. Every run's output must match CPython's."""
    if not implementation.available:
        return {"error": implementation.unavailable_reason}
    timings = []
    for _ in range(repeat):
        try:
            elapsed, status, stdout, stderr = run_once(implementation.command, program)
        except subprocess.TimeoutExpired:
            return {"error": f"timed out after {RUN_TIMEOUT_SECONDS} s"}
        if status != 0:
            last_line = stderr.strip().splitlines()[-1] if stderr.strip() else "no error output"
            return {"error": f"exit status {status}: {last_line}"}
        if expected_output is not None and stdout != expected_output:
            return {"error": f"output differs from CPython: {stdout.strip()[:80]!r} != {expected_output.strip()[:80]!r}"}
        expected_output = stdout
        timings.append(elapsed * 1000)
    return {"ms": statistics.median(timings), "output": expected_output}


def ratio(numerator, denominator):
    if "ms" in numerator and "ms" in denominator:
        return numerator["ms"] / denominator["ms"]
    return None


def geometric_mean(values):
    present = [value for value in values if value is not None]
    if not present:
        return None
    return math.exp(sum(math.log(value) for value in present) / len(present))


def format_ms(result):
    """Whole milliseconds, or three significant digits below 100 ms (pyperformance.py's per-call means)."""
    if "ms" not in result:
        return "error"
    return f"{result['ms']:.0f}" if result["ms"] >= 100 else f"{result['ms']:#.3g}"


def format_ratio(value):
    return "-" if value is None else f"{value:.2f}"


def print_table(rows, geomean_cpython, geomean_pypy):
    headers = ["program", "CPython ms", "PyPy ms", "wand ms", "wand/CPython", "wand/PyPy"]
    lines = [[row["program"], format_ms(row["CPython"]), format_ms(row["PyPy"]), format_ms(row["wand"]),
              format_ratio(row["wand/CPython"]), format_ratio(row["wand/PyPy"])] for row in rows]
    lines.append(["geometric mean", "", "", "", format_ratio(geomean_cpython), format_ratio(geomean_pypy)])
    widths = [max(len(line[column]) for line in [headers] + lines) for column in range(len(headers))]

    def render(cells):
        return "  ".join(cell.ljust(widths[0]) if index == 0 else cell.rjust(widths[index])
                         for index, cell in enumerate(cells))

    print(render(headers))
    print(render(["-" * width for width in widths]))
    for line in lines[:-1]:
        print(render(line))
    print(render(["-" * width for width in widths]))
    print(render(lines[-1]))


def print_errors(rows):
    errors = [(row["program"], name, row[name]["error"])
              for row in rows for name in ("CPython", "PyPy", "wand") if "error" in row[name]]
    if errors:
        print("\nerrors:")
        for program, name, message in errors:
            print(f"  {program} on {name}: {message}")


def main():
    arguments = parse_arguments()
    programs = sorted(path for path in PROGRAMS_DIR.glob("*.py") if arguments.filter in path.stem)
    if not programs:
        sys.exit(f"no programs in {PROGRAMS_DIR} match --filter {arguments.filter!r}")

    cpython, pypy, wand = implementations(arguments.wand)
    versions = {impl.name: version_of(impl) if impl.available else impl.unavailable_reason
                for impl in (cpython, pypy, wand)}
    for name, version in versions.items():
        print(f"{name:8} {version}")
    print(f"median of {arguments.repeat} runs; a ratio < 1 means wand is faster\n", flush=True)

    rows = []
    for program in programs:
        print(f"running {program.stem} ...", file=sys.stderr, flush=True)
        reference = measure(cpython, program, arguments.repeat, None)
        expected_output = reference.get("output")
        row = {"program": program.stem, "CPython": reference}
        for implementation in (pypy, wand):
            if expected_output is None:
                row[implementation.name] = {"error": "no CPython output to compare with"}
            else:
                row[implementation.name] = measure(implementation, program, arguments.repeat, expected_output)
        rows.append(with_ratios(row))

    geomean = summarize(rows)
    report = {"repeat": arguments.repeat, "versions": versions, "programs": rows, "geomean": geomean}
    finish(arguments.json, rows, report, captured_key="output")


def with_ratios(row):
    """`row` with wand's time divided by CPython's and by PyPy's."""
    row["wand/CPython"] = ratio(row["wand"], row["CPython"])
    row["wand/PyPy"] = ratio(row["wand"], row["PyPy"])
    return row


def summarize(rows):
    """Prints the table and the errors; returns the geometric means of both ratio columns."""
    geomean = {key: geometric_mean(row[key] for row in rows) for key in ("wand/CPython", "wand/PyPy")}
    print_table(rows, geomean["wand/CPython"], geomean["wand/PyPy"])
    print_errors(rows)
    return geomean


def finish(json_path, rows, report, captured_key):
    """Writes `report` as JSON (without each run's captured output, under `captured_key`) when
    asked to, and exits with status 1 if CPython or wand failed on any row."""
    if json_path:
        for row in rows:
            for name in ("CPython", "PyPy", "wand"):
                row[name].pop(captured_key, None)
        Path(json_path).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {json_path}")
    if any("error" in row[name] for row in rows for name in ("CPython", "wand")):
        sys.exit(1)


if __name__ == "__main__":
    main()
