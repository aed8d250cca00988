# Closures, nonlocal counters and late binding.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))

def make_multipliers():
    result = []
    for i in range(4):
        result.append(lambda x: x * i)
    return result

print("late binding:")
for m in make_multipliers():
    print(m(10))

def make_multipliers_fixed():
    result = []
    for i in range(4):
        result.append(lambda x, i=i: x * i)
    return result

for m in make_multipliers_fixed():
    print(m(10))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x + "!"
        return inner()
    return middle()

print(outer())

def accumulator():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add

acc = accumulator()
print(acc(1), acc(2), acc("three"))
