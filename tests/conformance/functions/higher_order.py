# Functions as arguments and return values.
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x

def double(x):
    return x * 2

print(apply_n(double, 10, 1), apply_n(str.upper, 1, "abc"), apply_n(lambda s: s + "!", 3, "hey"))

def my_map(f, items):
    out = []
    for item in items:
        out.append(f(item))
    return out

def my_filter(pred, items):
    out = []
    for item in items:
        if pred(item):
            out.append(item)
    return out

def my_reduce(f, items, initial):
    acc = initial
    for item in items:
        acc = f(acc, item)
    return acc

nums = list(range(1, 11))
print(my_map(double, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(max, [3, 9, 2], 0))

def make_adder(n):
    def adder(x):
        return x + n
    return adder

adders = my_map(make_adder, [1, 10, 100])
print(my_map(lambda f: f(5), adders))
print(print is print, callable(double), callable(5), double(double(3)))
