# yield from: delegation, return values, send and throw passed through, plain iterables.


def inner():
    received = yield "first"
    print("inner received", received)
    yield "second"
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield from range(3)
    yield from "ab"
    return "outer result"


gen = outer()
print(next(gen), gen.send("hello"), list(gen))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return 1
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    return left + right


walker = tree(3)
print(list(walker))


def counted():
    count = yield from tree(2)
    yield count


print(list(counted()))


def catcher():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "inner caught"
    finally:
        print("inner finally")


def delegator():
    yield from catcher()
    yield "after"


d = delegator()
print(next(d), d.throw(KeyError), next(d))
d2 = delegator()
next(d2)
d2.close()
print("closed delegator")
