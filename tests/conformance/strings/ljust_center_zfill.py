# ljust, rjust, center with fill characters and zfill with signs.
for w in [0, 3, 8, 9]:
    print(repr("abc".ljust(w)), repr("abc".rjust(w, "*")), repr("abc".center(w, "-")), repr("ab".center(w)))
for s in ["42", "-42", "+7", "", "abc", "-", "3.14"]:
    print(repr(s.zfill(6)), repr(s.zfill(1)))
print("x".center(4, "."), "x".center(5, "."), "xy".center(5, "."), "xy".center(6, "."))
try:
    "a".ljust(3, "ab")
except TypeError as e:
    print("TypeError:", e)
