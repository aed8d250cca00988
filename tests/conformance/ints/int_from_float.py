# Converting floats to ints truncates toward zero.
for f in [3.7, -3.7, 0.5, -0.5, 1e20, -1e20, 2.0 ** 80, 123.999, -0.0, 1e15 + 0.5]:
    print(f, int(f))
print(int(1e100))
print(int(float("123")))
print(int(2.5), int(-2.5))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(int("7") + int(7.9))
