# Closures see the variable, not the value: late binding and rebinding after creation.
def make_adders():
    adders = []
    for n in range(3):
        adders.append(lambda x: x + n)
    return adders

print([f(10) for f in make_adders()])

def make_adders_bound():
    return [lambda x, n=n: x + n for n in range(3)]

print([f(10) for f in make_adders_bound()])

def rebinding():
    value = 1
    get = lambda: value
    first = get()
    value = 2
    return first, get()

print(rebinding())

def shared_cell():
    cell = []

    def push(x):
        cell.append(x)

    def peek():
        return list(cell)

    return push, peek

push, peek = shared_cell()
push(1)
push(2)
print(peek())
