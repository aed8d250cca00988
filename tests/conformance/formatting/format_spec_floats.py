# Float format specs: precision, e/f/g/% types, alternate form and special values.
values = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234.5678, 1e-7, 1.5e22, float("inf"), float("nan")]
for v in values:
    print(f"{v:.2f}|{v:10.3f}|{v:e}|{v:.3E}|{v:g}|{v:.3g}|{v:#g}|{v:+.1f}|{v:%}" if v == v and abs(v) != float("inf") else f"{v:f}|{v:e}|{v:g}|{v:+}|{v:10}|{v:<6}|")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {1.0005:.3f} {2.675:.2f}")
print(f"{1234567.891:,.2f} {1234567.891:_.3f} {0.000123:.2e} {123456789.0:.3g} {0.0001:g} {1e16:g}")
print(f"{12.0:g} {12.5:#.3g} {100.0:.0e} {-0.0:g} {1e-5:.1%} {0.5:^9.1%}|")
print(format(1.0), format(1e100), format(0.1 + 0.2), format(1 / 3, ".17g"), repr(1e22), str(1e16))
