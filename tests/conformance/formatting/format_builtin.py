# The format() builtin.
print(format(42), format(42, "d"), format(42, "08b"), format(255, "x"), format(255, "#X"))
print(format(3.14159, ".2f"), format(1234.5, ","), format(1234.5, ",.1f"), format(0.5, "%"))
print(format("abc", ">6"), format("abc", "<6") + "|", format("abc", "^7"), format("abc", ".2"))
print(format(1e20), format(1e-20, "g"), format(123456789, "e"), format(-0.0))
print(format(True), format(True, "d"), format(None), format([1, 2]))
print(format(12345678, "_"), format(-12345678, ","), format(7, "+"), format(-7, " "))
print(repr(format("")), repr(format(0, "")))
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
