# Repetition and concatenation of strings, with negative counts and empty strings.
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 10, repr("-" * 1))
line = "=" * 20
print(line)
print("a" + "b" + "c", "" + "", "x" + str(1) + str(2.5) + str(None) + str(True))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts), len("".join(parts)))
s = ""
for word in ["build", "a", "string"]:
    s += word + " "
print(repr(s), repr(s.rstrip()))
print(("ab" * 3).count("ab"), ("abc" * 2)[::2], ("x" * 5)[1:-1])
