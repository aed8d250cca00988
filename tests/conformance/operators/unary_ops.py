# Unary minus, plus and invert on ints, floats and bools.
for x in [0, 1, -1, 7, -8, 2 ** 47, -(2 ** 47), 2 ** 100, -(2 ** 100)]:
    print(x, -x, +x, ~x, ~~x, -(-x) == x)
for f in [0.0, -0.0, 1.5, -2.25, 1e308]:
    print(f, -f, +f)
print(-True, +True, ~True, -False, ~False, type(-True).__name__)
print(not 0, not 1, not "", not "a", not [], not [0], not None)
print(- - 5, - + - 5, ~-1, -~1)
