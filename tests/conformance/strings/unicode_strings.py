# Non-ASCII strings: length, indexing, slicing, case mapping, find and reversal by code point.
s = "Grüße, 世界! 😀👍"
print(len(s), s[0], s[2], s[-1], s[7:9], s[::-1], s.upper(), s.lower())
print(s.find("世"), s.index("😀"), s.count("ü"), "ß" in s, s.split(", "), s.encode("utf-8")[:8])
print([c for c in s if ord(c) > 0xFFFF], len(s.encode("utf-8")), s.isprintable(), "\u00e9" == "é")
print("ÅNGSTRÖM".lower(), "éclair".capitalize(), "ǉ".upper(), "İ".lower() == "i̇", len("İ".lower()))
words = ["éclair", "apple", "Zebra", "über", "ångström"]
print(sorted(words), sorted(words, key=str.casefold), max(words), min(words))
print(repr("tab\t, nul\x00, é, 世, 😀"), ascii("é世😀"), "%s|%5s|%-5s|" % ("é", "世", "😀"))
