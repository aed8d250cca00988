# %-formatting of floats: f, e, g and widths.
for x in [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, 1e22, 0.000123456, 100.0, 2.5]:
    print("%f|%.3f|%10.2f|%-10.1f|%e|%.2e|%g|%.3g|%G|%E" % (x, x, x, x, x, x, x, x, x, x))
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%+.2f % .2f %08.3f %-8.3f|" % (3.14159, 3.14159, -3.14159, 3.14159))
print("%d %s %r" % (2.7, 2.7, 2.7))
print("%.15g %.17g %.1g" % (0.1, 0.1, 0.15))
