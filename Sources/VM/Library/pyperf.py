"""A pyperf-compatible benchmark runner, written in the subset of Python that wand runs.

wand embeds this file in its binary (scripts/embed-library.py), so the unmodified pyperformance
benchmark files find `import pyperf` anywhere; CPython and PyPy import the same file from
PYTHONPATH, so all three are measured the same way. It provides what those files use:
`perf_counter`, and `Runner` with `metadata`, `argparser.add_argument`, `parse_args`,
`bench_func` and `bench_time_func`.

Unlike pyperf, which spawns worker processes, every value is measured in this process: the
`--processes` worker runs happen one after another, each with its own warmups. The VM under test
may have no `subprocess`, and a JIT keeps what it learnt across the runs, as it would in a server.

`--wand-check` skips timing: it calls the benchmark once and prints what it computed, so that
implementations can be compared by their output (see `Runner.bench_func`).
"""

import sys
import time

perf_counter = time.perf_counter

TIME_UNITS = ("sec", "ms", "us", "ns")


class Namespace:
    """The parsed command line: one attribute per argument, like argparse.Namespace."""

    def __init__(self, **values):
        for name, value in values.items():
            setattr(self, name, value)

    def __repr__(self):
        return "Namespace(%s)" % ", ".join("%s=%r" % item for item in vars(self).items())


class Argument:
    """One option (`--loops N`) or positional argument declared with add_argument."""

    def __init__(self, names, action, type, default, choices, help, nargs, dest, const, metavar):
        self.names = names
        self.is_option = names[0].startswith("-")
        self.action = action
        self.type = type
        self.choices = choices
        self.help = help
        self.nargs = nargs
        self.const = const
        self.dest = dest or self.dest_from_names(names)
        self.metavar = metavar or (self.dest.upper() if self.is_option else self.dest)
        if action == "store_true":
            default = False if default is None else default
        elif action == "store_false":
            default = True if default is None else default
        self.default = default

    @staticmethod
    def dest_from_names(names):
        long_names = [name for name in names if name.startswith("--")]
        return (long_names or names)[0].lstrip("-").replace("-", "_")

    def takes_value(self):
        return self.action in ("store", "append")

    def display_name(self):
        return "/".join(self.names)

    def usage(self):
        if not self.is_option:
            return self.metavar
        if self.takes_value():
            return "[%s %s]" % (self.names[0], self.metavar)
        return "[%s]" % self.names[0]


class ArgumentParser:
    """The part of argparse.ArgumentParser that benchmark files use through `Runner.argparser`."""

    def __init__(self, prog):
        self.prog = prog
        self.arguments = []

    def add_argument(self, *names, action="store", type=None, default=None, choices=None,
                     help=None, nargs=None, dest=None, const=None, metavar=None):
        if action not in ("store", "store_true", "store_false", "store_const", "append"):
            raise ValueError("pyperf's argument parser does not support action=%r" % (action,))
        # Options take exactly one value here; positionals one, an optional one, or a list.
        if nargs not in ((None,) if names[0].startswith("-") else (None, "?", "*", "+")):
            raise ValueError("pyperf's argument parser does not support nargs=%r for %s" % (nargs, names[0]))
        argument = Argument(names, action, type, default, choices, help, nargs, dest, const, metavar)
        self.arguments.append(argument)
        return argument

    def parse_args(self, args=None):
        tokens = list(sys.argv[1:] if args is None else args)
        if "-h" in tokens or "--help" in tokens:
            self.print_help()
            sys.exit(0)
        namespace = Namespace()
        for argument in self.arguments:
            setattr(namespace, argument.dest, self.default_value(argument))
        positional_tokens = self.parse_options(tokens, namespace)
        self.parse_positionals(positional_tokens, namespace)
        return namespace

    def default_value(self, argument):
        # argparse converts string defaults with the argument's type, so `default="3"` gives 3.
        if isinstance(argument.default, str) and argument.type is not None:
            return self.convert(argument, argument.default)
        return argument.default

    def parse_options(self, tokens, namespace):
        """Apply every option found in tokens; return the positional tokens in their order."""
        positional_tokens = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            index += 1
            if token == "--":
                positional_tokens.extend(tokens[index:])
                break
            if not token.startswith("-") or token == "-":
                positional_tokens.append(token)
                continue
            name, has_inline_value, inline_value = token.partition("=")
            argument = self.find_option(name)
            if argument is None:
                self.error("unrecognized arguments: %s" % token)
            if not argument.takes_value():
                if has_inline_value:
                    self.error("argument %s: ignored explicit argument %r" % (argument.display_name(), inline_value))
                self.apply_flag(argument, namespace)
                continue
            if has_inline_value:
                text = inline_value
            elif index < len(tokens):
                text = tokens[index]
                index += 1
            else:
                self.error("argument %s: expected one argument" % argument.display_name())
            self.store(argument, namespace, self.convert(argument, text))
        return positional_tokens

    def parse_positionals(self, tokens, namespace):
        remaining = list(tokens)
        for argument in self.arguments:
            if argument.is_option:
                continue
            if argument.nargs in ("*", "+"):
                if argument.nargs == "+" and not remaining:
                    self.error("the following arguments are required: %s" % argument.metavar)
                setattr(namespace, argument.dest, [self.convert(argument, text) for text in remaining])
                remaining = []
            elif remaining:
                setattr(namespace, argument.dest, self.convert(argument, remaining.pop(0)))
            elif argument.nargs != "?":
                self.error("the following arguments are required: %s" % argument.metavar)
        if remaining:
            self.error("unrecognized arguments: %s" % " ".join(remaining))

    def find_option(self, name):
        for argument in self.arguments:
            if argument.is_option and name in argument.names:
                return argument
        return None

    def apply_flag(self, argument, namespace):
        if argument.action == "store_true":
            setattr(namespace, argument.dest, True)
        elif argument.action == "store_false":
            setattr(namespace, argument.dest, False)
        else:
            setattr(namespace, argument.dest, argument.const)

    def store(self, argument, namespace, value):
        if argument.action == "append":
            setattr(namespace, argument.dest, (getattr(namespace, argument.dest) or []) + [value])
        else:
            setattr(namespace, argument.dest, value)

    def convert(self, argument, text):
        value = text
        if argument.type is not None:
            try:
                value = argument.type(text)
            except (TypeError, ValueError):
                type_name = getattr(argument.type, "__name__", repr(argument.type))
                self.error("argument %s: invalid %s value: %r" % (argument.display_name(), type_name, text))
        if argument.choices is not None and value not in argument.choices:
            choices = ", ".join(repr(choice) for choice in argument.choices)
            self.error("argument %s: invalid choice: %r (choose from %s)" % (argument.display_name(), value, choices))
        return value

    def usage_line(self):
        return "usage: %s [-h] %s" % (self.prog, " ".join(argument.usage() for argument in self.arguments))

    def print_help(self):
        print(self.usage_line())
        print()
        print("options:")
        print("  -h, --help  show this help message and exit")
        for argument in self.arguments:
            label = ", ".join(argument.names)
            if argument.takes_value() and argument.is_option:
                label += " " + argument.metavar
            print("  %s  %s" % (label, argument.help or ""))

    def error(self, message):
        sys.stderr.write("%s\n%s: error: %s\n" % (self.usage_line(), self.prog, message))
        sys.exit(2)


def positive_int(text):
    value = int(text)
    if value < 1:
        raise ValueError("must be at least 1")
    return value


def non_negative_int(text):
    value = int(text)
    if value < 0:
        raise ValueError("must not be negative")
    return value


def runs_under_jit():
    return getattr(sys.implementation, "name", "") == "pypy"


class Benchmark:
    """The values measured for one benchmark, in seconds per inner loop, and the runs they came from."""

    def __init__(self, name, runs, loops, inner_loops, metadata):
        self.name = name
        self.runs = runs
        self.values = [value for run in runs for value in run["values"]]
        self.loops = loops
        self.inner_loops = inner_loops
        self.metadata = metadata

    def get_name(self):
        return self.name

    def get_values(self):
        return tuple(self.values)

    def get_nvalue(self):
        return len(self.values)

    def mean(self):
        return sum(self.values) / len(self.values)

    def stdev(self):
        """The sample standard deviation, as statistics.stdev computes it."""
        if len(self.values) < 2:
            raise ValueError("stdev requires at least two values")
        mean = self.mean()
        variance = sum((value - mean) ** 2 for value in self.values) / (len(self.values) - 1)
        return variance ** 0.5

    def summary(self):
        if len(self.values) < 2:
            return "%s: %s" % (self.name, format_timedeltas((self.mean(),))[0])
        mean, deviation = format_timedeltas((self.mean(), self.stdev()))
        return "%s: Mean +- std dev: %s +- %s" % (self.name, mean, deviation)


def format_timedeltas(seconds):
    """Format durations in the unit that gives the first one three significant digits, as pyperf does."""
    reference = abs(seconds[0])
    exponent = -9
    for candidate in range(2, -9, -1):
        if reference >= 10.0 ** candidate:
            exponent = candidate
            break
    precision = 2 - exponent % 3
    unit_index = -(exponent // 3) if exponent < 0 else 0
    factor = 10 ** (unit_index * 3)
    return tuple("%.*f %s" % (precision, value * factor, TIME_UNITS[unit_index]) for value in seconds)


class Runner:
    """Runs benchmarks the way pyperf.Runner does, from options on the command line."""

    def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None,
                 show_name=True, program_args=None, add_cmdline_args=None, _argparser=None,
                 warmups=None):
        jit = runs_under_jit()
        self.default_values = values or (10 if jit else 3)
        self.default_processes = processes or (6 if jit else 20)
        self.default_warmups = warmups if warmups is not None else (10 if jit else 1)
        self.metadata = dict(metadata or {})
        self.show_name = show_name
        # Kept for compatibility: pyperf passes them to the worker processes this runner does not spawn.
        self.program_args = program_args
        self.add_cmdline_args = add_cmdline_args
        self.argparser = _argparser or ArgumentParser(sys.argv[0].rsplit("/", 1)[-1])
        self.add_runner_options(loops, min_time)
        self.args = None
        self.benchmark_names = []
        self.benchmarks = []

    def add_runner_options(self, loops, min_time):
        add = self.argparser.add_argument
        add("--rigorous", action="store_true", help="more values, for more accurate results")
        add("--fast", action="store_true", help="fewer values, for rough results quickly")
        add("-p", "--processes", type=positive_int, default=None,
            help="worker runs, one after another in this process (default: %s)" % self.default_processes)
        add("-n", "--values", type=positive_int, default=self.default_values,
            help="values per worker run (default: %s)" % self.default_values)
        add("-w", "--warmups", type=non_negative_int, default=self.default_warmups,
            help="values measured and discarded before each run's values (default: %s)" % self.default_warmups)
        add("-l", "--loops", type=non_negative_int, default=loops,
            help="loops per value, 0 to calibrate (default: %s)" % loops)
        add("--min-time", type=float, default=min_time,
            help="minimum seconds per value when calibrating loops (default: %s)" % min_time)
        add("-o", "--output", default=None, help="write the results to this file as JSON")
        add("--wand-check", action="store_true",
            help="call each benchmark once and print what it computed instead of timing it")

    def parse_args(self, args=None):
        if self.args is not None:
            return self.args
        self.args = self.argparser.parse_args(args)
        if self.args.processes is None:
            if self.args.rigorous:
                self.args.processes = self.default_processes * 2
            elif self.args.fast:
                self.args.processes = max(self.default_processes // 2, 1)
            else:
                self.args.processes = self.default_processes
        if self.args.fast:
            self.args.values = max(self.args.values * 2 // 3, 1)
        return self.args

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Time calls of func(*args); in check mode, print repr() of what one call returns."""
        if self.parse_args().wand_check:
            self.print_check(name, repr(func(*args)))
            return None

        def time_loops(loops):
            range_it = range(loops)
            started = perf_counter()
            for _ in range_it:
                func(*args)
            return perf_counter() - started

        return self.measure(name, time_loops, inner_loops, metadata)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        """Time with time_func(loops, *args), which returns the seconds that its loops took.

        Such a function returns only a duration, so check mode prints the data the benchmark's
        module holds after one loop (nbody's bodies, for example) as what it computed.
        """
        if self.parse_args().wand_check:
            time_func(1, *args)
            self.print_check(name, repr(module_data(sys.modules["__main__"])))
            return None
        return self.measure(name, lambda loops: time_func(loops, *args), inner_loops, metadata)

    def print_check(self, name, computed):
        self.check_unique_name(name)
        print("%s: %s" % (name, computed))

    def check_unique_name(self, name):
        if name in self.benchmark_names:
            raise ValueError("duplicated benchmark name: %r" % (name,))
        self.benchmark_names.append(name)

    def measure(self, name, time_loops, inner_loops, metadata):
        self.check_unique_name(name)
        args = self.args
        loops = args.loops or self.calibrate_loops(time_loops, args.min_time)
        divisor = loops * (inner_loops or 1)
        runs = []
        for _ in range(args.processes):
            warmups = [time_loops(loops) / divisor for _ in range(args.warmups)]
            values = [time_loops(loops) / divisor for _ in range(args.values)]
            runs.append({"warmups": warmups, "values": values})
        benchmark_metadata = dict(self.metadata)
        benchmark_metadata.update(metadata or {})
        benchmark_metadata.update({"name": name, "loops": loops, "inner_loops": inner_loops or 1})
        benchmark = Benchmark(name, runs, loops, inner_loops or 1, benchmark_metadata)
        print(benchmark.summary() if self.show_name else benchmark.summary().split(": ", 1)[1])
        self.benchmarks.append(benchmark)
        if args.output:
            # Rewritten after each benchmark, so the file holds every benchmark of the program so far.
            write_json(args.output, self.benchmarks)
        return benchmark

    def calibrate_loops(self, time_loops, min_time):
        """Double the loop count until one value takes at least min_time, as pyperf calibrates."""
        loops = 1
        while time_loops(loops) < min_time:
            loops *= 2
        return loops


def module_data(module):
    """The module's public globals that are plain data, which prints the same in every implementation."""
    return {name: value for name, value in sorted(vars(module).items())
            if not name.startswith("_") and is_plain_data(value)}


def is_plain_data(value):
    if value is None or type(value) in (bool, int, float, str):
        return True
    if type(value) in (list, tuple):
        return all(is_plain_data(item) for item in value)
    if type(value) is dict:
        return all(is_plain_data(key) and is_plain_data(item) for key, item in value.items())
    return False


def write_json(path, benchmarks):
    """Write the benchmarks in pyperf's JSON format, which `python3 -m pyperf show` reads."""
    suite = {"version": "1.0", "metadata": {},
             "benchmarks": [{"metadata": benchmark.metadata, "runs": json_runs(benchmark)} for benchmark in benchmarks]}
    with open(path, "w") as output:
        output.write(to_json(suite) + "\n")


def json_runs(benchmark):
    return [{"metadata": {}, "values": run["values"],
             "warmups": [[benchmark.loops, value] for value in run["warmups"]]} for run in benchmark.runs]


def to_json(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) in (int, float):
        return repr(value)
    if type(value) is str:
        return '"%s"' % value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    if type(value) in (list, tuple):
        return "[%s]" % ", ".join(to_json(item) for item in value)
    return "{%s}" % ", ".join("%s: %s" % (to_json(str(key)), to_json(item)) for key, item in value.items())
