# Class definition, instances, attributes and methods.
class Counter:
    step = 1

    def __init__(self, start=0):
        self.value = start

    def bump(self, times=1):
        self.value += self.step * times
        return self.value

c = Counter()
d = Counter(10)
print(c.value, d.value, c.bump(), c.bump(3), d.bump())
Counter.step = 5
print(c.bump(), d.bump(), Counter.step, c.step)
c.step = 100
print(c.bump(), d.bump(), c.step, d.step, Counter.step)
print(type(c).__name__, isinstance(c, Counter), isinstance(3, Counter), Counter.__name__)
print(hasattr(c, "value"), hasattr(c, "nope"), getattr(c, "value"), getattr(c, "nope", "dflt"))
setattr(c, "extra", [1, 2])
print(c.extra, sorted(vars(c)))
del c.extra
print(hasattr(c, "extra"))
