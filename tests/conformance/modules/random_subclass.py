# Subclasses of random.Random: seeding through __init__ and an overridden seed(), extra state and methods.
import random


class Dice(random.Random):
    def __init__(self, seed, sides=6):
        super().__init__(seed)
        self.sides = sides
        self.rolls = 0

    def roll(self):
        self.rolls += 1
        return self.randint(1, self.sides)


d = Dice(42)
print([d.roll() for _ in range(8)], d.rolls, d.sides, isinstance(d, random.Random), type(d).__name__)
print(d.random(), d.choice("abcdef"), d.sample(range(100), 3), d.uniform(1, 2), d.gauss(0, 1))
state = d.getstate()
first = d.random()
d.setstate(state)
print(first == d.random())
d.seed(7)
print(d.randrange(1000), Dice(7).randrange(1000), random.Random(7).randrange(1000))


class Logged(random.Random):
    seeds = []

    def seed(self, a=None, version=2):
        Logged.seeds.append(a)
        super().seed(a, version)


lg = Logged(123)
print(Logged.seeds, lg.random() == random.Random(123).random(), lg.shuffle.__name__)
items = list(range(10))
lg.shuffle(items)
print(items)
lg.tag = "mine"
print(lg.tag, hasattr(lg, "tag"), hasattr(lg, "nope"))
