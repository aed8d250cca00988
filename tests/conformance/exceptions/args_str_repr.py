# e.args, str(e) and repr(e) for builtin exceptions.
samples = [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("key"), KeyError(), KeyError(1, 2),
           IndexError("out"), ZeroDivisionError("division by zero"), TypeError(None), Exception("x", [1]),
           RuntimeError(""), KeyError(""), AssertionError("failed"), StopIteration(5), NameError("n")]
for e in samples:
    print(repr(e), "|", str(e), "|", e.args)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print(str(e), repr(e))
try:
    [1][5]
except IndexError as e:
    print(str(e), repr(e))
