# repr of strings with quotes, escapes and unicode.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\x00\x01\x7f", "\r", "é", "日本", "\u200b", "emoji \U0001F600", "\x80\xff", "\a\b\f\v", ""]
for s in samples:
    print(repr(s), len(s))
print(["a'b", 'a"b', "x"])
print(str("quote'"), repr(repr("x")))
print("\101\x42\u0043\N{LATIN SMALL LETTER A}")
print(r"raw\n\t", len(r"\n"), "\\n", "a\
b")
print("""triple "quoted" 'string'
second line""")
print('single ' "adjacent " 'literals')
