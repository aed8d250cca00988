# list(), tuple(), set() and frozenset() of long generators let collections run while they
# iterate; everything they have gathered so far, and the iterator itself, must survive them.

def fresh_lists(count):
    for index in range(count):
        garbage = [[index] for _ in range(3)]  # dropped at once: work for the collector
        yield [index, str(index), garbage[0]]

gathered = list(fresh_lists(60000))
print(len(gathered), gathered[0], gathered[-1], sum(item[0] for item in gathered[::1000]))

as_tuple = tuple(fresh_lists(40000))
print(len(as_tuple), as_tuple[12345], as_tuple[-1][1])


class Key:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        junk = [self.value] * 4  # Python code runs while the set is being built
        return hash(junk[0] % 1000)

    def __eq__(self, other):
        return self.value % 1000 == other.value % 1000


keys = set(Key(index) for index in range(50000))
print(len(keys), sorted(key.value for key in keys)[:3])
frozen = frozenset(str(index) * 2 for index in range(50000))
print(len(frozen), "4242" in frozen)


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):  # a fresh generator only the constructor holds
        for value in range(self.start, 0, -1):
            yield {"value": value, "pad": [value] * 2}


items = list(Countdown(50000))
print(len(items), items[0], items[-1])


def nested(depth):
    if depth == 0:
        yield from ([index] for index in range(20000))
        return
    yield tuple(nested(depth - 1))


print(len(list(nested(3))[0][0][0]))
