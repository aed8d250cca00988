# list(), tuple(), set() and unpacking run a generator to its end: what each yield evaluates
# to, partly consumed generators, errors, `yield from`, nesting and re-entry.


def counted(n):
    for i in range(n):
        sent = yield i
        assert sent is None
    return "done"


print(list(counted(5)), tuple(counted(3)), sorted(set(counted(4))))
partly = counted(6)
next(partly)
next(partly)
print(list(partly), list(partly))


def leaks_stop_iteration():
    yield 1
    raise StopIteration


try:
    list(leaks_stop_iteration())
except RuntimeError as error:
    print("RuntimeError:", error, type(error.__cause__).__name__)


def fails_midway():
    yield 1
    1 / 0


try:
    tuple(fails_midway())
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)


def delegating():
    result = yield from counted(3)
    yield result


print(list(delegating()))


def nested():
    yield tuple(i for i in range(3))
    yield list(j * j for j in range(4))


print(list(nested()))

reentrant = None


def calls_itself():
    yield 1
    try:
        next(reentrant)
    except ValueError as error:
        yield str(error)


reentrant = calls_itself()
print(list(reentrant))

a, b, c = (letter for letter in "xyz")
print(a, b, c)
print(list(x for x in range(100000) if x % 25000 == 0))


def with_cleanup():
    try:
        yield "body"
    finally:
        print("finally ran")


print(list(with_cleanup()))


def inner_steps():
    received = yield 1
    print("inner got", received)
    received = yield 2
    print("inner got", received)
    return "inner result"


def outer_steps():
    result = yield from inner_steps()
    print("outer got", result)
    yield 3


suspended_in_delegation = outer_steps()
print(next(suspended_in_delegation), list(suspended_in_delegation))
suspended_in_delegation = outer_steps()
next(suspended_in_delegation)
first, second = suspended_in_delegation
print(first, second)
