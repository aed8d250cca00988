# %-formatting of numbers: d, i, f, e, g, x, o, c with flags, width and precision.
for n in [0, 42, -42, 3.75, -0.5, 1e10, 123456789]:
    print("%d|%5d|%-5d|%05d|%+d|% d|%i" % (n, n, n, n, n, n, n))
    print("%f|%.1f|%8.3f|%-8.2f|%+.0f|%e|%.2E|%g|%G" % (n, n, n, n, n, n, n, n, n))
for n in [0, 10, 255, -255]:
    print("%x|%X|%#x|%#X|%o|%#o|%08x|%-6o|" % (n, n, n, n, n, n, n, n))
print("%c%c%c" % (72, 105, "!"), "%5.1f%%" % 99.55, "%s %s" % (1.0, 10 ** 20), "%r" % 0.1)
print("%(a)d-%(b)05.1f-%(a)x" % {"a": 255, "b": 2.25}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
