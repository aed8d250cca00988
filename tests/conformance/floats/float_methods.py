# float.is_integer, as_integer_ratio and hex-free introspection.
for v in [1.0, 1.5, -2.0, 0.0, 1e20, 0.1, -0.75, 3.0000001]:
    print(v, v.is_integer(), v.as_integer_ratio())
n, d = (0.1).as_integer_ratio()
print(n, d, n / d)
print((2.5).as_integer_ratio(), (-0.125).as_integer_ratio(), (1e-3).as_integer_ratio())
print((0.5).is_integer(), (4.0).is_integer(), (10 ** 20 * 1.0).is_integer())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
