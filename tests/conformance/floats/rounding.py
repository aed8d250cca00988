# round() with and without ndigits: banker's rounding and float representation effects.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2), type(round(v)).__name__)
for n in [15, 25, 35, -15, 1234567, 5, -5]:
    print(n, round(n, -1), round(n, -2), round(n, 2), type(round(n, -1)).__name__)
print(round(1e300, -299), round(0.1 + 0.2, 15), round(2.5, 0), round(-0.0), round(7, 0))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
