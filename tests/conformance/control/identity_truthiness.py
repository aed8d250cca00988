# is / is not with None and the truthiness of every type.
x = None
print(x is None, x is not None, x == None)
y = 0
print(y is None, y is not None, None is None)
values = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "truthy", bool(v))
    else:
        print(repr(v), "falsy", bool(v))
def returns_nothing():
    pass
print(returns_nothing() is None, returns_nothing())
a = [1]
b = a
print(a is b, a is not [1], a == [1])
