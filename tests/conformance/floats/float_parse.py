# float() parsing of strings and conversions.
for s in ["3.14", "-2.5", "  1e10 ", "1E-3", "inf", "-inf", "Infinity", "nan", "NaN", "+0.5",
          ".5", "5.", "1_000.5", "0x10", "abc", "", "1e400", "-1e400", "1e-400"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(float(7), float(-0), float(True), float(10 ** 20), float())
print(float("00012.50"), float("-0"), float("  -0.0  "))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
