# Subclasses of list: instance attributes, overridden dunders, built-in methods and super().
class Stack(list):
    def __init__(self, items=(), name="stack"):
        super().__init__(items)
        self.name = name
        self.pushes = 0

    def push(self, item):
        self.pushes += 1
        self.append(item)

    def __repr__(self):
        return f"{self.name}{list.__repr__(self)}"


s = Stack([1, 2], name="s")
s.push(3)
print(s, s.name, s.pushes, len(s), s[-1], s[0:2], type(s[0:2]).__name__)
print(s.pop(), s, sorted(s, reverse=True), s + [9], type(s + [9]).__name__)
print(isinstance(s, list), type(s).__name__, vars(s))
s.name = "renamed"
del s.pushes
print(s, hasattr(s, "pushes"))


class Checked(list):
    def __setitem__(self, index, value):
        if not isinstance(value, int):
            raise TypeError("ints only")
        super().__setitem__(index, value)

    def __getitem__(self, index):
        return list.__getitem__(self, index) * 10

    def __iter__(self):
        return iter(self.copy()[::-1])

    def __contains__(self, value):
        return list.__contains__(self, value // 10)


c = Checked([1, 2, 3])
c[0] = 5
try:
    c[1] = "x"
except TypeError as e:
    print("TypeError:", e)
print(c[0], c[2], list(c), [x for x in c], 20 in c, 2 in c, list.__len__(c))
print(c == [5, 2, 3], [5, 2, 3] == c, c * 2, list.__add__(c, [4]), c.index(3))
