# A for loop over a generator runs the generator's frame in the interpreter loop itself; every
# way in and out of the generator must behave as when it is resumed by next().
def numbers(limit):
    for value in range(limit):
        yield value
    return "done"


total = 0
for n in numbers(5):
    total += n
print(total)

gen = numbers(10)
for n in gen:
    if n == 3:
        break
print(next(gen), list(gen), next(gen, "exhausted"))
for n in gen:
    print("never", n)


def nested():
    for outer in numbers(3):
        for inner in (outer * 10 + x for x in numbers(2)):
            yield inner


print(list(nested()), [x for x in nested()])


def raising():
    yield 1
    raise KeyError("inside")


try:
    for value in raising():
        print("got", value)
except KeyError as error:
    print("KeyError", error)


def with_finally(log):
    try:
        yield "a"
        yield "b"
    finally:
        log.append("finally")


log = []
for item in with_finally(log):
    log.append(item)
print(log)


def delegating():
    result = yield from numbers(3)
    yield result


print([x for x in delegating()], list(delegating()))


def self_iterating():
    for item in me:
        yield item


me = self_iterating()
try:
    for item in me:
        pass
except ValueError as error:
    print("ValueError:", error)


def deep(level):
    if level == 0:
        yield "bottom"
        return
    for item in deep(level - 1):
        yield item


print(list(deep(200)))


def catching():
    try:
        for item in raising():
            yield item
    except KeyError:
        yield "caught"


print(list(catching()))


def stop_inside():
    yield 1
    raise StopIteration("leak")


try:
    for value in stop_inside():
        print("value", value)
except RuntimeError as error:
    print("RuntimeError:", error, type(error.__cause__).__name__, error.__cause__)

for value in stop_inside():
    print("last", value)
