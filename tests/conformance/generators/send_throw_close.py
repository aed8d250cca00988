# Generator methods: send, throw and close, and the errors around them.


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(next(acc), acc.send(5), acc.send(7))
try:
    acc.send(None)
except StopIteration as stop:
    print("finished with", stop.value)
try:
    accumulator().send(3)
except TypeError as error:
    print("TypeError:", error)


def guarded():
    while True:
        try:
            yield "waiting"
        except ValueError as error:
            print("caught", error)
            yield "recovered"


g = guarded()
print(next(g), g.throw(ValueError("bad")), next(g))
try:
    g.throw(KeyError, "k")
except KeyError as error:
    print("propagated KeyError", error)
print(next(g, "exhausted"))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closing")


c = closer()
print(next(c))
c.close()
c.close()
print(next(c, "closed"))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as error:
    print("RuntimeError:", error)


def leaky():
    yield 1
    raise StopIteration("inner")


try:
    list(leaky())
except RuntimeError as error:
    print("RuntimeError:", error, type(error.__cause__).__name__)


def running():
    yield me.send(None)


me = running()
try:
    next(me)
except ValueError as error:
    print("ValueError:", error)
