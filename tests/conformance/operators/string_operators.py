# Operators on strings: concatenation, repetition, comparison, membership and % formatting.
a, b = "abc", "abd"
print(a + b, a * 2, 2 * b, a < b, a == "abc", a != b, a >= "ab", "b" in a, "bd" not in b)
print("%s-%s" % (a, b), "%d%%" % 50, a[1] + b[-1], (a + b)[::2], len(a * 3))
print(max(a, b), min(a, b), sorted([b, a, "ab", "b"]), "x" * 0 == "", "".join([a, b]) == a + b)
s = "start"
s += "-mid"
s *= 2
print(s)
for bad in [lambda: a + 1, lambda: a * 1.5, lambda: a - "c", lambda: a < 1]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
