# count, find, rfind, index and rindex with start/end arguments and empty needles.
s = "abracadabra"
for needle in ["a", "bra", "abra", "", "z", "ra"]:
    print(repr(needle), s.count(needle), s.find(needle), s.rfind(needle), s.find(needle, 4), s.rfind(needle, 0, 8))
print(s.count("a", 3), s.count("a", -4), s.count("a", 2, -2), "".count(""), "aaaa".count("aa"))
print(s.index("cad"), s.rindex("a"), s.find("a", 100), s.find("", 11), s.find("", 12), s.rfind("", 5))
try:
    s.rindex("x")
except ValueError as e:
    print("ValueError:", e)
print("mississippi".replace("ss", "SS", 1), "mississippi".replace("i", "", 2), "aaa".replace("", "-"))
print("hello".replace("l", "L", 0), "hello".replace("l", "L", -1), "".replace("", "x"))
