#!/usr/bin/env python3
"""Runs pyperformance 1.14.0 benchmark files, unmodified, on wand, CPython 3.11 and PyPy3 and compares them.

The files come from PyPI at run time (cached in bench/.cache, never committed). All three
implementations import the same pyperf shim, Sources/VM/Library/pyperf.py: wand has it built in,
CPython and PyPy get it on PYTHONPATH, so every number is measured the same way. Before timing,
each file runs once in the shim's check mode (and through a probe, see RESULT_PROBES), and
wand's and PyPy's output must equal CPython's.

Reading the ratios: wand/CPython and wand/PyPy divide wand's mean time by the other one's, so a
ratio < 1 means wand is faster and a ratio > 1 means wand is slower.
"""

import argparse
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

from run import BENCH_DIR, REPO_ROOT, finish, geometric_mean, implementations, ratio, summarize, version_of, with_ratios
from svg_chart import bar_chart

PYPERFORMANCE_VERSION = "1.14.0"
PYPERFORMANCE_BENCHMARKS = ("nbody", "spectral_norm", "fannkuch", "nqueens", "richards", "float")
OWN_BENCHMARKS_DIR = BENCH_DIR / "pyperf_programs"
CACHE_DIR = BENCH_DIR / ".cache"
SHIM_DIR = REPO_ROOT / "Sources" / "VM" / "Library"
DEFAULT_CHART = BENCH_DIR / "results" / "pyperformance.svg"
RUN_TIMEOUT_SECONDS = 900
TIME_UNIT_MS = {"sec": 1000.0, "ms": 1.0, "us": 0.001, "ns": 0.000001}
# nqueens and spectral_norm discard what they compute, so the shim's check mode cannot show it;
# a probe program imports the unmodified file and prints the result of its core function instead.
RESULT_PROBES = {
    "nqueens": "print(list(benchmark.n_queens(8)))",
    "spectral_norm": "print(benchmark.eval_AtA_times_u(benchmark.eval_AtA_times_u([1] * benchmark.DEFAULT_N)))",
}
# What the shim prints for a timed benchmark, e.g. "nbody: Mean +- std dev: 91.1 ms +- 0.6 ms".
SUMMARY_LINE = re.compile(r"^(\S+): Mean \+- std dev: ([0-9.]+) (sec|ms|us|ns) \+- ([0-9.]+) (sec|ms|us|ns)$", re.M)


def parse_arguments():
    parser = argparse.ArgumentParser(description="Run pyperformance benchmark files on wand, CPython and PyPy.")
    parser.add_argument("--wand", default=str(REPO_ROOT / ".build" / "release" / "wand"),
                        help="path to the wand binary (default: .build/release/wand)")
    parser.add_argument("--filter", default="", help="only run benchmarks whose name contains this substring")
    parser.add_argument("--pyperf-arg", action="append", dest="pyperf_args", metavar="ARG",
                        help="option for the shim's Runner, repeatable, e.g. --pyperf-arg=--rigorous "
                             "(default: --fast)")
    parser.add_argument("--chart", default=str(DEFAULT_CHART), help=f"SVG chart to write (default: {DEFAULT_CHART})")
    parser.add_argument("--json", metavar="PATH", help="also write the results to this JSON file")
    return parser.parse_args()


def fetch_pyperformance():
    """Download the sdist once and extract the benchmark files we run; return their directory."""
    extracted = CACHE_DIR / f"pyperformance-{PYPERFORMANCE_VERSION}"
    archive = CACHE_DIR / f"pyperformance-{PYPERFORMANCE_VERSION}.tar.gz"
    if not archive.exists():
        print(f"downloading pyperformance=={PYPERFORMANCE_VERSION} into {CACHE_DIR} ...", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        f"pyperformance=={PYPERFORMANCE_VERSION}", "--dest", str(CACHE_DIR)], check=True)
    with tarfile.open(archive) as sdist:
        for name in PYPERFORMANCE_BENCHMARKS:
            member = f"pyperformance-{PYPERFORMANCE_VERSION}/pyperformance/data-files/benchmarks/bm_{name}/run_benchmark.py"
            target = extracted / f"bm_{name}" / "run_benchmark.py"
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(sdist.extractfile(member).read())
    return extracted


def benchmark_files(pyperformance_dir, name_filter):
    files = {name: pyperformance_dir / f"bm_{name}" / "run_benchmark.py" for name in PYPERFORMANCE_BENCHMARKS}
    files.update((path.stem, path) for path in sorted(OWN_BENCHMARKS_DIR.glob("*.py")))
    return {name: path for name, path in files.items() if name_filter in name}


def run_benchmark(implementation, path, shim_arguments):
    """Run one benchmark file; return (stdout, None) or (None, why it failed)."""
    # wand ignores PYTHONPATH and must find its built-in shim; the others import the same file from it.
    environment = dict(os.environ, PYTHONPATH=str(SHIM_DIR))
    try:
        completed = subprocess.run(implementation.command + [str(path)] + shim_arguments, capture_output=True,
                                   text=True, stdin=subprocess.DEVNULL, env=environment, cwd=path.parent,
                                   timeout=RUN_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {RUN_TIMEOUT_SECONDS} s"
    if completed.returncode != 0:
        lines = completed.stderr.strip().splitlines()
        return None, f"exit status {completed.returncode}: {lines[-1] if lines else 'no error output'}"
    return completed.stdout, None


def write_probes(files):
    """Write each probe next to its benchmark file, which it imports; return {benchmark name: probe path}."""
    probes = {}
    for name, source in RESULT_PROBES.items():
        if name in files:
            probes[name] = files[name].parent / "probe_result.py"
            probes[name].write_text(f"import run_benchmark as benchmark\n\n{source}\n", encoding="utf-8")
    return probes


def check(implementation, path, probe):
    """Run the file in the shim's check mode, then its probe if it has one; return (output, None) or (None, why)."""
    output, failure = run_benchmark(implementation, path, ["--wand-check"])
    if probe and not failure:
        probe_output, failure = run_benchmark(implementation, probe, [])
        output = None if failure else output + probe_output
    return output, failure


def measure(implementation, path, probe, pyperf_args, expected_check_output):
    """Check the benchmark's result against CPython's, then time it; return {"ms": mean} or {"error": why}."""
    if not implementation.available:
        return {"error": implementation.unavailable_reason}
    check_output, failure = check(implementation, path, probe)
    if failure:
        return {"error": f"check run: {failure}"}
    if expected_check_output is not None and check_output != expected_check_output:
        return {"error": f"result differs from CPython's: {check_output.strip()[:80]!r}"}
    timed_output, failure = run_benchmark(implementation, path, pyperf_args)
    if failure:
        return {"error": failure}
    summary = SUMMARY_LINE.search(timed_output)
    if not summary:
        return {"error": f"no 'Mean +- std dev' line in the output: {timed_output.strip()[:80]!r}"}
    _, mean, mean_unit, deviation, deviation_unit = summary.groups()
    return {"ms": float(mean) * TIME_UNIT_MS[mean_unit], "stdev_ms": float(deviation) * TIME_UNIT_MS[deviation_unit],
            "check_output": check_output}


def write_chart(path, rows, geomean_cpython, versions):
    relative_to_cpython = [(row["program"], {"PyPy": ratio(row["PyPy"], row["CPython"]), "wand": row["wand/CPython"]})
                           for row in rows]
    pypy_geomean = geometric_mean(values["PyPy"] for _, values in relative_to_cpython)
    relative_to_cpython.append(("geomean", {"PyPy": pypy_geomean, "wand": geomean_cpython}))
    cpython = f"CPython {versions['CPython'].split()[-1]}"
    title = f"pyperformance {PYPERFORMANCE_VERSION}: time relative to {cpython} (lower is faster)"
    svg = bar_chart(title, relative_to_cpython, [("PyPy", "#4c9a2a"), ("wand", "#d9822b")], reference=(cpython, 1.0))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(svg, encoding="utf-8")
    print(f"\nwrote {path}")


def main():
    arguments = parse_arguments()
    pyperf_args = arguments.pyperf_args or ["--fast"]
    files = benchmark_files(fetch_pyperformance(), arguments.filter)
    if not files:
        sys.exit(f"no benchmark matches --filter {arguments.filter!r}")
    probes = write_probes(files)

    # Absolute, because each benchmark runs in its own directory.
    cpython, pypy, wand = implementations(str(Path(arguments.wand).resolve()))
    versions = {impl.name: version_of(impl) if impl.available else impl.unavailable_reason
                for impl in (cpython, pypy, wand)}
    for name, version in versions.items():
        print(f"{name:8} {version}")
    print(f"pyperf shim options: {' '.join(pyperf_args)}; mean time per benchmark call in ms; "
          f"a ratio < 1 means wand is faster\n", flush=True)

    rows = []
    for name, path in files.items():
        print(f"running {name} ...", file=sys.stderr, flush=True)
        reference = measure(cpython, path, probes.get(name), pyperf_args, None)
        expected_check_output = reference.get("check_output")
        row = {"program": name, "CPython": reference}
        for implementation in (pypy, wand):
            if expected_check_output is None:
                row[implementation.name] = {"error": "no CPython result to compare with"}
            else:
                row[implementation.name] = measure(implementation, path, probes.get(name), pyperf_args,
                                                   expected_check_output)
        rows.append(with_ratios(row))

    geomean = summarize(rows)
    # The table's geometric mean includes fib; the target is stated over the pyperformance files.
    pyperformance_rows = [row for row in rows if row["program"] in PYPERFORMANCE_BENCHMARKS]
    pyperformance_geomean = geometric_mean(row["wand/CPython"] for row in pyperformance_rows)
    if pyperformance_geomean is not None:
        print(f"\nwand/CPython, geometric mean of the {len(pyperformance_rows)} pyperformance benchmarks "
              f"(fib left out): {pyperformance_geomean:.2f}")
    write_chart(arguments.chart, rows, geomean["wand/CPython"], versions)

    report = {"pyperf_args": pyperf_args, "versions": versions, "benchmarks": rows, "geomean": geomean,
              "pyperformance_geomean": pyperformance_geomean}
    finish(arguments.json, rows, report, captured_key="check_output")


if __name__ == "__main__":
    main()
