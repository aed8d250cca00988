# repr and str of many representative floats.
values = [0.1, 1 / 3, 2 / 3, 1e16, 1e-5, 1e22, 123456789.123, -0.0, 0.0,
          float("inf"), float("-inf"), float("nan"), 5e-324, 1.7976931348623157e308,
          2.5, 100.0, 1e15, 1.5e16, 0.3, 0.1 + 0.2, 1e-4, 0.0001234, 1e100, 12345678901234567890.0]
for v in values:
    print(repr(v), str(v))
print(values)
print(1e16, 9999999999999998.0, 1e17, 123e-20)
print(1.0, 10.0, 1e1, 1e0, -1.5, 3.14159)
print(0.1 * 3, 1.1 * 1.1, 2.0 ** 0.5)
print(4.35 * 100, 0.57 * 100)
print(float(2 ** 53), float(2 ** 53 + 1), float(10 ** 16))
