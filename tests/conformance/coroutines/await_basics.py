# Coroutines driven by hand: async def, await of coroutines and of __await__ objects.


async def add(a, b):
    return a + b


async def twice(x):
    first = await add(x, x)
    second = await add(first, 1)
    return [first, second]


class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield "suspended"
        return self.value


async def uses_awaitable():
    got = await Ready(41)
    return got + 1


def run(coroutine):
    """A tiny event loop: sends None until the coroutine finishes."""
    steps = 0
    while True:
        try:
            yielded = coroutine.send(None)
        except StopIteration as stop:
            return stop.value, steps
        steps += 1
        print("yielded", yielded)


print(run(twice(5)))
print(run(uses_awaitable()))
coroutine = add(1, 2)
print(type(coroutine).__name__)
coroutine.close()
pending = add(1, 2)
try:
    for item in pending:
        pass
except TypeError as error:
    print("TypeError:", error)
pending.close()


async def fails():
    await add(1, 2)
    raise ValueError("inside coroutine")


try:
    run(fails())
except ValueError as error:
    print("ValueError:", error)


async def bad_await():
    return await 5


try:
    run(bad_await())
except TypeError as error:
    print("TypeError:", error)
