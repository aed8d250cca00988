# An IndexError raised by a class's __getitem__ escapes an explicit index.
class Ring:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        if i >= 10:
            raise IndexError(f"ring index {i} too large")
        return self.items[i % len(self.items)]

r = Ring("abc")
print([r[i] for i in range(5)], list(r))
print(r[12])
