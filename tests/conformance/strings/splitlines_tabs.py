# splitlines and expandtabs.
text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())
print(text.splitlines(True))
print("a\n\nb\n".splitlines(), "".splitlines(), "\n".splitlines(), "x\x0by\x0cz\x1cw".splitlines())
print("no newline".splitlines())
t = "a\tbc\tdef\tg"
print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(2)), repr(t.expandtabs(0)))
print(repr("\t\tx".expandtabs(3)), repr("ab\ncd\tq".expandtabs(4)))
