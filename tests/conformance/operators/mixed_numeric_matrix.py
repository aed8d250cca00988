# Every binary operator over a grid of ints, big ints, floats and bools, with the errors CPython raises.
values = [0, 1, -1, 2, -3, 7, 2 ** 47 - 1, -(2 ** 47), 2 ** 63, -(2 ** 63) - 1, 10 ** 30 + 7, 3.5, -0.5, True]
ops = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
    "//": lambda a, b: a // b, "%": lambda a, b: a % b, "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
    "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
}
for symbol, op in ops.items():
    row = []
    for a in values[::3]:
        for b in values[1::2]:
            if symbol == "<<" and isinstance(b, int) and b > 100:
                continue
            try:
                row.append(op(a, b))
            except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
                row.append(type(e).__name__[:4])
    print(symbol, row)
for a in [-3, -(2 ** 64) - 3, -1, True]:
    print(a, [a >> k for k in [0, 1, 3, 64, 65, 200]], -a >> 2, ~a)
for a, b in [(1.5, 2), (3, 2.5), (True, 0.5)]:
    try:
        a & b
    except TypeError as e:
        print("TypeError:", e)
