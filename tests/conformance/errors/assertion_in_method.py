# An assert inside a method guarding an invariant.
class Range:
    def __init__(self, low, high):
        assert low <= high, (low, high)
        self.low, self.high = low, high

print(Range(1, 2).high)
Range(5, 1)
