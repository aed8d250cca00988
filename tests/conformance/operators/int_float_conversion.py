# float(int) and int(float) round-trips around the 53-bit boundary.
for n in [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 53 + 3, 2 ** 54 + 3, 2 ** 64 - 1, 10 ** 17 + 1]:
    print(n, float(n), int(float(n)), float(n) == n)
for n in [2 ** 1023, 2 ** 1024 - 2 ** 970 - 1, 7 ** 300, 3 ** 600]:
    print(float(n), float(-n))
for f in [0.5, 1.5, 2.5, -0.5, -1.5, 1e20, 1.9999999999999998, -2.999]:
    print(f, int(f), round(f), float(int(f)))
print(int(1e100), int(-1.5e17), float(10 ** 22), float(10 ** 23))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
