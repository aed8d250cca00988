# Mixed int/float operations and result types.
print(type(1 + 1.0), type(2 * 3), type(6 / 3), type(7 // 2), type(7.0 // 2))
print(10 ** 20 + 0.5, 2 ** 64 * 1.0, 10 ** 308 * 10.0)
print(3 * 0.1 == 0.3, 1 / 10 == 0.1)
print(1 / 7, 22 / 7, 355 / 113)
print(2 ** 0.5 * 2 ** 0.5, 1e16 + 1, 1e16 + 2)
print(int(1e16) + 1, float(int(1e16) + 1))
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(sum([1, 2.5, 3]), sum([0.5, 0.25], 1), max(2, 2.5, 1), min(-1, -1.0))
print(abs(-7.25), -(-7.25), +(-0.0))
