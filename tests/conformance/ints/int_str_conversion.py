# str() and repr() of ints, int() of strings with signs and whitespace, round trips.
for n in [0, -0, 7, -7, 10 ** 18, -(10 ** 30), 2 ** 64 - 1]:
    s = str(n)
    print(s, repr(n), int(s) == n, len(s), int(s[::-1].rstrip("-")) if n >= 0 else s[1:])
print(int(" 42 "), int("-0"), int("+0010"), int("1_000"), int("0b1010", 0), int("0o17", 0), int("0xFf", 0))
print(int("Z", 36), int("10", 2), int("-10", 16), int("  -  5".replace(" ", "")), int(3.99), int(-3.99))
for text in ["12a", "1.5", " ", "--1", "0x", "1 2"]:
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)
