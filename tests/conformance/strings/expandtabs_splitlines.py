# expandtabs with different tab sizes and splitlines with keepends.
s = "a\tbc\tdef\tg"
for size in [8, 4, 2, 1, 0]:
    print(repr(s.expandtabs(size)))
print(repr("\t".expandtabs()), repr("x\ty\n\tz".expandtabs(3)))
text = "one\ntwo\r\nthree\rfour\n\nfive"
print(text.splitlines(), text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\x0bb\x0cc\x1cd".splitlines())
print(len("line1\nline2\n".split("\n")), len("line1\nline2\n".splitlines()))
