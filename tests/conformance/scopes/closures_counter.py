# Closures with nonlocal state: counters, accumulators and independent instances.
def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset

inc, reset = make_counter()
inc2, _ = make_counter(100, -10)
print(inc(), inc(), inc2(), inc(), inc2())
reset()
print(inc(), inc2())

def accumulator():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    return add

acc = accumulator()
print([acc(x) for x in [5, 10, -3]])
print(inc.__name__, make_counter.__name__)
