# Classes implementing __iter__ and __next__, used by for, list, sum, zip and unpacking.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Countdown(self.n)

for x in Countdown(3):
    print("tick", x)
print(list(Countdown(5)), sum(Countdown(4)), list(zip(Countdown(3), "abc")))
a, b, c = Countdown(3)
print(a, b, c)
r = Range2(3)
print(list(r), list(r), sorted(r), max(r))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print(list(enumerate(Range2(2))), dict(zip(Range2(3), "xyz")))
