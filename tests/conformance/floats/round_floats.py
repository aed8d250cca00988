# round() on floats, with and without ndigits.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5001, 1e20, -3.7, 0.0]:
    print(v, round(v), round(v, 1))
for v in [3.14159, 2.675, 1.005, 0.045, 123.456, -123.456, 1e-7]:
    print(v, round(v, 0), round(v, 2), round(v, 3), round(v, -1))
print(round(1234.5678, -2), round(-1234.5678, -3), round(5e-324, 2))
print(round(float("inf"), 2), round(float("-inf"), 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
