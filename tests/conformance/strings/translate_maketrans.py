# str.maketrans and str.translate with mappings, deletions and character tables.
table = str.maketrans("abc", "xyz")
print("aabbcc cab".translate(table), table[ord("a")] == ord("x"))
print("hello world".translate(str.maketrans("", "", "lo")), "remove vowels".translate(str.maketrans("", "", "aeiou")))
print("a-b_c".translate(str.maketrans({"-": " ", "_": None})), "123".translate({ord("1"): "one ", ord("2"): None}))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
secret = "Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))
print(sorted(str.maketrans("ab", "cd").items()), "tab\there".translate({9: "->"}))
