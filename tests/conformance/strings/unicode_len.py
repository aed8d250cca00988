# len, ord and chr with unicode text.
for s in ["hello", "héllo", "日本語", "\U0001F600x", "a\u0301", ""]:
    print(repr(s), len(s))
    codes = []
    for ch in s:
        codes.append(ord(ch))
    print(codes)
print(chr(65), chr(97), chr(0x263A), chr(128512), chr(233), repr(chr(0)), repr(chr(10)))
print(ord("A"), ord("é"), ord("€"), ord("\n"))
out = ""
for c in range(ord("a"), ord("a") + 26, 3):
    out += chr(c).upper()
print(out)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
