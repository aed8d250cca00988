# strip, lstrip and rstrip with and without chars.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = "xxyhelloyxx"
print(t.strip("xy"), t.lstrip("x"), t.rstrip("yx"), t.strip("z"), repr(t.strip("xyhelo")))
print(repr("".strip()), repr("   ".strip()), "abc".strip(""))
print("www.example.com".strip("cmowz."), "0001200".lstrip("0"), "1.500".rstrip("0"))
print("--==name==--".strip("-="), "  a b  ".strip().upper())
print(repr("\u00a0x\u00a0".strip()))
