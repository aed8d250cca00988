# staticmethod and classmethod, alternate constructors and class-level counters.
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1

    @classmethod
    def from_text(cls, text):
        y, m, d = [int(part) for part in text.split("-")]
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"

class Holiday(Date):
    pass

print(Date(2024, 2, 29), Date.from_text("1999-12-31"), Holiday.from_text("2000-01-01"))
print(Date.is_leap(2000), Date.is_leap(1900), Date.is_leap(2024), Date(1, 1, 1).is_leap(2023))
print(Date.created, Holiday.created)
print([y for y in range(1896, 1912) if Date.is_leap(y)])
