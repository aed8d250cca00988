# An exception raised inside a generator reaches the caller with the generator's line.


def failing(limit):
    for n in range(limit):
        yield 10 // (limit - n - 1)


for value in failing(3):
    print(value)
