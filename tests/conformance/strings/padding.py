# center, ljust, rjust and zfill.
for s in ["a", "ab", "abc", "abcdefghijk", ""]:
    print("[" + s.center(9) + "]", "[" + s.center(8, "*") + "]", "[" + s.ljust(6, ".") + "]", "[" + s.rjust(6) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(3))
print("-".center(4, "<"), "ab".center(5), "abc".center(6), "x".center(0))
print("3.14".zfill(8), "-0.5".zfill(7))
