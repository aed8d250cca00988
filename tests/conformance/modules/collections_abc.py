# collections.abc: isinstance and issubclass of built-in and user classes, registration, mixins.
import collections.abc
from collections.abc import (Callable, Container, Hashable, Iterable, Iterator, Mapping, MutableMapping,
                             MutableSequence, MutableSet, Sequence, Set, Sized, Generator)

values = [[], (), {}, set(), frozenset(), "s", b"b", range(3), 5, 2.5, None, iter([]), len, lambda: 0]
for abc in [Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence, Mapping,
            MutableMapping, Set, MutableSet]:
    print(abc.__name__.ljust(16), "".join("X" if isinstance(v, abc) else "." for v in values))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Sized), issubclass(bool, Hashable))


def gen():
    yield 1


print(isinstance(gen(), Generator), isinstance(gen(), Iterator), isinstance(gen, Callable))


class Deck:
    def __init__(self):
        self.cards = list(range(5))

    def __len__(self):
        return len(self.cards)

    def __iter__(self):
        return iter(self.cards)

    def __contains__(self, card):
        return card in self.cards


deck = Deck()
print(isinstance(deck, Sized), isinstance(deck, Iterable), isinstance(deck, collections.abc.Collection), isinstance(deck, Sequence))
Sequence.register(Deck)
print(isinstance(deck, Sequence), issubclass(Deck, Iterable), isinstance(Deck, type))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, sq.index(16), sq.count(4), list(reversed(sq)), isinstance(sq, Iterable))


class Bag(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for item in items:
            self.add(item)

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, item):
        if item not in self.items:
            self.items.append(item)

    def discard(self, item):
        if item in self.items:
            self.items.remove(item)


b = Bag([1, 2, 3])
print(sorted(b | {4}), sorted(b & {2, 3, 9}), sorted(b - {1}), b <= {1, 2, 3, 4}, b == {1, 2, 3}, b.isdisjoint({7}))
b -= {1}
b |= {8}
print(sorted(b), len(b), b.pop(), len(b))


class Settings(Mapping):
    def __init__(self, **values):
        self._values = values

    def __getitem__(self, key):
        return self._values[key]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)


s = Settings(a=1, b=2)
print(s.get("a"), s.get("z", 0), "b" in s, list(s.keys()), list(s.items()), list(s.values()), s == {"a": 1, "b": 2})
print(len(s.keys()), ("a", 1) in s.items(), 2 in s.values(), s.keys() & {"a", "q"})
