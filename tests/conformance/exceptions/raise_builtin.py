# Raising builtin exceptions explicitly, with and without arguments.
def check_age(age):
    if not isinstance(age, int):
        raise TypeError("age must be an int")
    if age < 0:
        raise ValueError("age must be non-negative, got " + str(age))
    return age

for a in [5, -1, "x", 0]:
    try:
        print("ok", check_age(a))
    except (TypeError, ValueError) as e:
        print(repr(e))
try:
    raise KeyError
except KeyError as e:
    print("bare class", repr(e), str(e) == "")
try:
    raise StopIteration("done")
except StopIteration as e:
    print(e.args)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("assert no msg:", repr(e))
