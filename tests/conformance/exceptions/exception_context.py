# __context__ and __cause__ when raising while handling, and raise ... from None.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        {}["x"]
    except KeyError as k:
        raise TypeError("explicit") from k
except TypeError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

e = ValueError("fresh")
print(e.__context__, e.__cause__)
