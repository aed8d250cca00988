# Interleaved stdout and stderr output; only stdout is compared.
import sys


def log(*parts):
    print("[log]", *parts, file=sys.stderr)


def process(values):
    results = []
    for index, value in enumerate(values):
        log("processing", index, value)
        if value < 0:
            print(f"skip {value}", end="; ")
            continue
        results.append(value ** 2)
        print(value, "->", value ** 2, sep=" ", end="; ")
    print()
    return results


data = [3, -1, 4, -1, 5, 9, -2, 6]
squares = process(data)
print("squares:", *squares)
print("squares:", *squares, sep=", ")
print(*squares, sep="\n", end="\n--\n")
print("sum", sum(squares), "max", max(squares), file=sys.stdout)
sys.stderr.write("done with squares\n")
table = [("a", 1), ("bb", 22), ("ccc", 333)]
for key, value in table:
    print(key, value, sep=":" * len(key))
print("", end="")
print("", "", sep="|")
print()
print("a", "b", sep="", end="")
print("c")
log("finished")
print("exit cleanly")
