# NotImplemented makes Python try the reflected method; both failing gives a TypeError.
class Meters:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.value + other.value)
        if isinstance(other, (int, float)):
            return Meters(self.value + other)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __eq__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.value == other.value

    def __lt__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.value < other.value

    def __repr__(self):
        return f"{self.value}m"

print(Meters(2) + Meters(3), Meters(2) + 1, 1.5 + Meters(2), sum([Meters(1), Meters(2)], Meters(0)))
print(sum([Meters(1), Meters(2)]), Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != "x")
print(sorted([Meters(3), Meters(1), Meters(2)]), max([Meters(3), Meters(5)]), Meters(2) > Meters(1))
for bad in [lambda: Meters(1) + "s", lambda: "s" + Meters(1), lambda: Meters(1) < 3]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
