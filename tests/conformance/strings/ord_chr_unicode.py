# ord and chr across ASCII, Latin-1, BMP and astral code points.
for ch in ["A", "z", "0", " ", "\n", "é", "€", "中", "😀", "\x00", "\x7f"]:
    print(repr(ch), ord(ch), hex(ord(ch)), chr(ord(ch)) == ch, len(ch))
print([chr(c) for c in range(65, 75)], "".join([chr(c) for c in range(0x3b1, 0x3b6)]))
word = "naïve café"
print(len(word), [ord(c) for c in word if ord(c) > 127], word.upper(), word[::-1])
print(sorted("bañana"), max("héllo"), min("Zebra"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
