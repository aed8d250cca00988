# Conversion flags and indexing in str.format.
items = ["a'b", 'q"q', 10, None, [1, "x"], 2.5]
for item in items:
    print("{!r:>12}|{!s:<12}|{}".format(item, item, item))
print("{0!r} {0}".format("both"))
print("{0[0]}-{0[2]} {1[1]}".format("xyz", (7, 8)))
print("{a}{b}{a}".format(a="<", b="-"))
print("{:>{w}.{p}f}".format(3.14159, w=10, p=3))
print("{:{}}|{:{}}|".format("ab", 5, 7, 4))
