# str() and repr() of values of every builtin type in the subset.
values = [0, -12, 10 ** 25, 1.5, -0.0, 1e100, True, False, None, "s", "", [1, "a"], (1,), (), (1, 2),
          {"k": [1, 2]}, {}, {1, 2, 3}, set(), [None, True], range(3), range(1, 10, 2), 2.0]
for v in values:
    print(str(v), repr(v))
print(str(print) == "<built-in function print>", str(len))
print(str(ZeroDivisionError), str(int), str(str), str(type(None)))
