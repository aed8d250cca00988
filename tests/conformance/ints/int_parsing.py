# int() parsing with bases, prefixes, signs, whitespace and underscores.
print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t-3\n"))
print(int("1_000_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36))
print(int("-1_0", 10), int("1_0", 16))
print(int("123456789012345678901234567890"))
print(int("  -0x_ff  ", 16))
print(int(True), int(False))
print(int(), int(" 9 "))
for s in ["12", "1e3", "abc", "", "1__0", "_1", "0x10"]:
    try:
        print(s, int(s))
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
