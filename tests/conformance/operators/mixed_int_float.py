# Arithmetic and comparisons between small ints and floats, and float powers: the interpreter
# computes the ordinary cases inline and leaves the rest to the general path.
values = [0, 1, -1, 7, -7, 2 ** 46, -(2 ** 46) - 1, 3.5, -0.25, 0.0, -0.0, 1e300, float("inf"), float("-inf")]
for left in values:
    row = []
    for right in values:
        for operation in (lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b):
            try:
                row.append(repr(operation(left, right)))
            except ZeroDivisionError as error:
                row.append("ZeroDivisionError: %s" % error)
        row.append(str([left < right, left <= right, left == right, left != right, left > right, left >= right]))
    print(repr(left), " ".join(row))

nan = float("nan")
print(nan < 1, 1 < nan, nan == 1, 1 != nan, nan >= 0)
print(2 ** 0.5, 2.0 ** 3, 10 ** -1.0, 0.5 ** 0.5, 1.5 ** 2, 4 ** 0.5, 1e10 ** 0.1)
for base, exponent in [(0.0, -1.0), (-8.0, 2.0), (-2.0, 3), (1e308, 2.0), (2.0, 10000.0), (0.0, 0.0), (-1.0, float("inf")), (float("inf"), -1.0)]:
    try:
        print(base, exponent, base ** exponent)
    except (ZeroDivisionError, OverflowError) as error:
        print(base, exponent, type(error).__name__, error)
print(2 ** 60 + 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
x = 10
x += 0.5
x *= 2
x -= 1
x /= 4
print(x, 1 + True + 0.5, 3 * 1.1)
