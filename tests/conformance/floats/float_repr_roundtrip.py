# Shortest float repr and round trips through str for tricky values.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 5e-324, 1.7976931348623157e308, 2.5e-308, 100.0, 1e22, 1e23, 9007199254740993.0]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v, -v)
print(0.1 * 3, 1.1 * 1.1, 3.3 / 1.1, 1e300 * 1e10, -1e300 * 1e10, 2.0 ** -1074, 2.0 ** -1075)
print(float("1e500"), float("-1e500"), float("  3.5  "), float("1_000.5"), float("-.5"), float("5."), float("infinity"), float("-NaN"))
