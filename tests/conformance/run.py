#!/usr/bin/env python3
"""Conformance harness: runs every program under CPython and under wand and compares the results."""

import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys
from pathlib import Path

SUITE_DIR = Path(__file__).resolve().parent
DIFF_LINE_LIMIT = 40


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Compare `wand run` against CPython on the conformance corpus.")
    parser.add_argument("--wand", required=True, help="path to the wand binary")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel programs (default: CPU count)")
    parser.add_argument("--filter", default="", help="only run programs whose relative path contains this substring")
    parser.add_argument("--verbose", action="store_true", help="also list passing programs")
    parser.add_argument("--wand-arg", action="append", default=[], dest="wand_args",
                        help="extra argument for `wand run` (repeatable)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds allowed per run (default: 30)")
    return parser.parse_args(join_wand_args(argv))


def join_wand_args(argv):
    """Turn `--wand-arg X` into `--wand-arg=X` so that values starting with '-' (e.g. --no-jit) are accepted."""
    joined = []
    index = 0
    while index < len(argv):
        if argv[index] == "--wand-arg" and index + 1 < len(argv):
            joined.append(f"--wand-arg={argv[index + 1]}")
            index += 2
        else:
            joined.append(argv[index])
            index += 1
    return joined


def find_programs(substring):
    programs = sorted(p for p in SUITE_DIR.rglob("*.py") if p.parent != SUITE_DIR)
    return [p for p in programs if substring in str(p.relative_to(SUITE_DIR))]


def read_program_args(program):
    args_file = program.with_suffix(".args")
    if not args_file.exists():
        return []
    return args_file.read_text(encoding="utf-8").splitlines()


def child_environment():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def execute(command, cwd, timeout):
    """Run a command; return (exit status, stdout bytes, stderr bytes). A timeout yields status None."""
    try:
        completed = subprocess.run(command, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                                   timeout=timeout, env=child_environment())
    except subprocess.TimeoutExpired as expired:
        return None, expired.stdout or b"", (expired.stderr or b"") + b"\n<timed out>\n"
    return completed.returncode, completed.stdout, completed.stderr


def last_nonempty_line(data):
    for line in reversed(data.decode("utf-8", "replace").splitlines()):
        if line.strip():
            return line
    return ""


def unified_diff(expected, actual, label):
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                      f"python3 {label}", f"wand {label}", lineterm=""))
    if len(lines) > DIFF_LINE_LIMIT:
        lines = lines[:DIFF_LINE_LIMIT] + [f"... ({len(lines) - DIFF_LINE_LIMIT} more diff lines)"]
    return lines


def compare_program(program, options):
    """Return a list of report lines describing mismatches; empty when the program conforms."""
    args = read_program_args(program)
    cwd = program.parent
    expected_status, expected_out, expected_err = execute(
        ["python3", program.name, *args], cwd, options.timeout)
    actual_status, actual_out, actual_err = execute(
        [options.wand, "run", *options.wand_args, program.name, *args], cwd, options.timeout)

    problems = []
    if expected_out != actual_out:
        problems.append("stdout differs:")
        problems += unified_diff(expected_out.decode("utf-8", "replace"),
                                 actual_out.decode("utf-8", "replace"), "stdout")
    if expected_status != actual_status:
        problems.append(f"exit status differs: python3 {expected_status}, wand {actual_status}")
    if expected_status != 0:
        expected_line = last_nonempty_line(expected_err)
        actual_line = last_nonempty_line(actual_err)
        if expected_line != actual_line:
            problems.append("last stderr line differs:")
            problems += unified_diff(expected_line, actual_line, "stderr")
    return problems


def main():
    options = parse_arguments(sys.argv[1:])
    wand_path = Path(options.wand)
    if not wand_path.is_file() or not os.access(wand_path, os.X_OK):
        print(f"error: wand binary not found or not executable: {options.wand}", file=sys.stderr)
        return 2
    options.wand = str(wand_path.resolve())

    programs = find_programs(options.filter)
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        results = pool.map(lambda program: (program, compare_program(program, options)), programs)
        for program, problems in results:
            name = str(program.relative_to(SUITE_DIR))
            if problems:
                failed += 1
                print(f"FAIL {name}")
                for line in problems:
                    print(f"    {line}")
            else:
                passed += 1
                if options.verbose:
                    print(f"ok   {name}")
            sys.stdout.flush()

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
