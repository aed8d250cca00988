# Built-ins that consult special methods: int, float, abs, round, index, iteration and membership.
class Number:
    def __init__(self, value):
        self.value = value

    def __int__(self):
        return int(self.value)

    def __index__(self):
        return int(self.value)

    def __float__(self):
        return float(self.value) + 0.5

    def __abs__(self):
        return Number(abs(self.value))

    def __round__(self, digits=None):
        return f"round({self.value}, {digits})"

    def __iter__(self):
        return iter(range(int(self.value)))

    def __repr__(self):
        return f"Number({self.value})"

n = Number(-3)
print(int(n), float(n), abs(n), round(n), round(n, 2), hex(Number(255)), bin(Number(5)), oct(Number(8)))
print([10, 20, 30, 40][Number(2)], "abcdef"[Number(1):Number(4)], range(Number(4)), list(Number(3)), 2 in Number(3), 5 in Number(3))
print(min([], default="empty"), max([3, 1], default=9), sum([[1], [2]], []), sum([0.5, 0.25], 10))
print(sorted([3, 1, 2], key=None), list(enumerate({"a": 1, "b": 2})), dict([["a", 1], ("b", 2)]))
print(b"a" * 3, 2 * b"xy", b"ab" + b"c", list(b"hi"), bytes([65, 66]), b"abc"[1], b"abc"[0:2])
for bad in [lambda: min([]), lambda: max(), lambda: int(object()), lambda: [1][Number(5)]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
