# replace with count; find, rfind, index, rindex and count.
s = "abracadabra"
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("abra", ""), s.replace("x", "y"))
print(s.replace("", "-"), s.replace("", "-", 3), s.replace("a", "A", 0), s.replace("a", "A", -1))
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""))
print(s.index("c"), s.rindex("a"), s.index("a", 4), s.rindex("b", 0, 5))
print(s.count("a"), s.count("bra"), s.count("z"), s.count(""), s.count("a", 5), "aaaa".count("aa"))
print(s.find("a", -3), s.count("a", -4, -1))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
