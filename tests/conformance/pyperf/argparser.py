# Runner.argparser and parse_args: options, types, defaults, choices, positionals and errors.
import sys

# CPython finds the shim's source here; wand ignores sys.path and uses the copy built into it.
sys.path.insert(0, "../../../Sources/VM/Library")
import pyperf


def parse(arguments):
    runner = pyperf.Runner()
    parser = runner.argparser
    parser.add_argument("--iterations", type=int, default=20000, help="iterations (default: %s)" % 20000)
    parser.add_argument("--reference", type=str, default="sun")
    parser.add_argument("--scale", type=float, default="1.5")
    parser.add_argument("--mode", choices=("fast", "slow"), default="fast")
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--no-cache", dest="cache", action="store_false")
    parser.add_argument("--tag", action="append")
    parser.add_argument("names", nargs="*", help="benchmarks to run")
    try:
        args = runner.parse_args(arguments)
    except SystemExit as exit:
        print("exit", exit.code, "for", arguments)
        return
    print(args.iterations, args.reference, args.scale, args.mode, args.trace, args.cache, args.tag, args.names)
    print(args.values, args.processes, args.warmups, args.loops, args.min_time, args.fast, args.wand_check)
    print(runner.parse_args(["--iterations", "1"]) is args)


parse([])
parse(["--iterations", "7", "--reference=moon", "--scale", "2", "--mode", "slow", "a", "b"])
parse(["--trace", "--no-cache", "--tag", "x", "--tag=y", "--", "--not-an-option"])
parse(["--fast", "-n", "9", "-w", "0", "--loops=3", "--min-time", "0.5"])
parse(["--rigorous", "-p", "4"])
parse(["--iterations", "many"])
parse(["--mode", "medium"])
parse(["--unknown"])
parse(["--iterations"])
parse(["--trace=yes"])
parse(["--values", "0"])
print(pyperf.Namespace(a=1, b="two"))
for name, options in [("--count", {"action": "count"}), ("--pair", {"nargs": 2}), ("files", {"nargs": 3})]:
    try:
        pyperf.Runner().argparser.add_argument(name, **options)
    except ValueError as error:
        print("ValueError:", error)
