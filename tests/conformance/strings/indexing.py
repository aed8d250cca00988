# String indexing, positive and negative.
s = "conformance"
print(len(s), s[0], s[1], s[-1], s[-2], s[len(s) - 1], s[-len(s)])
i = 0
while i < len(s):
    print(i, s[i], s[-i - 1])
    i += 1
for bad in [11, -12, 100]:
    try:
        print(s[bad])
    except IndexError as e:
        print("IndexError:", e)
print("x"[0], "héllo"[1], "日本語"[2])
