# nonlocal updates from nested functions called in loops, and generator-free accumulation.
def running_stats():
    count = 0
    total = 0
    smallest = None

    def add(x):
        nonlocal count, total, smallest
        count += 1
        total += x
        if smallest is None or x < smallest:
            smallest = x
        return count, total, smallest

    def mean():
        return total / count if count else 0.0

    return add, mean

add, mean = running_stats()
for value in [5, 3, 8, -1, 4]:
    print(add(value), round(mean(), 3))

def make_toggles(n):
    state = [False] * n

    def flip(i):
        state[i] = not state[i]
        return state.copy()

    return flip

flip = make_toggles(3)
print(flip(0), flip(2), flip(0))
