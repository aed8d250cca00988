# strip, lstrip, rstrip with and without characters; removeprefix and removesuffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("...".strip(".")), repr("".strip()), repr("a".strip("abc")), repr("  ".strip(" ")))
print("unittest.py".removesuffix(".py"), "unittest.py".removeprefix("unit"), "abc".removeprefix("x"), "abc".removesuffix(""))
print("www.example.com".strip("cmowz."), "#  comment".lstrip("# "))
