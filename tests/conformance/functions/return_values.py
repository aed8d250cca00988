# Multiple return values, early return and implicit None.
def stats(values):
    if not values:
        return None
    lo = hi = values[0]
    total = 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v
    return lo, hi, total / len(values)

print(stats([3, 1, 4, 1, 5, 9, 2, 6]))
print(stats([]))
lo, hi, mean = stats([10, 20])
print(lo, hi, mean)

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1

print(find("hello", "l"), find("hello", "z"))

def nothing():
    return

def implicit():
    x = 1

print(nothing(), implicit())
