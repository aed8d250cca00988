# locals(), globals(), iter(callable, sentinel), hash of numbers and sys.stdout.write.
import sys
x = 10

def snapshot(a, b=2):
    y = a + b
    items = [y]

    def inner():
        return y

    return sorted([(k, v) for k, v in locals().items() if k != "inner"]), "inner" in locals()

print(snapshot(1))
print("x" in globals(), globals()["x"], locals() is globals(), "snapshot" in locals())
counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 5)), counter)
print(hash(1) == hash(1.0), hash(-1), hash(0), hash(True), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(1.5), hash(-0.0))
sys.stdout.write("written directly\n")
sys.stdout.write(str(sys.stdout.write("count me\n")) + "\n")
print("to stderr is not compared", file=sys.stderr)

class Body:
    a = 1
    names = sorted(locals())

print(Body.names)
