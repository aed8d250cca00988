# upper, lower, title, capitalize, swapcase, casefold.
words = ["hello", "WORLD", "mIxEd CaSe", "hello world-foo bar_baz", "they're bill's", "123abc", "", "ß straße"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("ǅ".lower(), "ǅ".upper(), "ÉCOLE".lower(), "ﬁ".upper())
print("Straße".casefold(), "ΣΑΣ".lower())
