# %-formatting of integers with flags and widths.
for n in [0, 7, -7, 42, 123456, -98765, 2 ** 70]:
    print("%d|%i|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o" % (n, n, n, n, n, n, n, n, n, n, n, n))
print("%d%%" % 50, "%c%c" % (72, "i"), "%3c|" % "z")
print("%d" % 3.99, "%x" % 255, "%s" % 10 ** 30)
print("%*d|%-*d|" % (6, 42, 6, 42))
print("%.3d" % 5, "%8.3d|" % -5)
