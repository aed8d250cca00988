# Aligned numeric tables with format specs: widths, signs, percentages and thousands separators.
rows = [("alpha", 1234.5, 0.1234, -3), ("beta", -98765.4321, 0.5, 12), ("gamma", 0.0, 1.0, 0), ("delta", 1e6, 0.00042, -12345)]
print(f"{'name':<8}{'amount':>14}{'share':>9}{'delta':>8}")
for name, amount, share, delta in rows:
    print(f"{name:<8}{amount:>14,.2f}{share:>9.1%}{delta:>+8d}")
total = sum([r[1] for r in rows])
print(f"{'total':<8}{total:>14,.2f}{sum([r[2] for r in rows]):>9.1%}{sum([r[3] for r in rows]):>+8d}")
for n in [0, 7, 42, 1000, 65535]:
    print(f"{n:>6d} {n:>#8x} {n:>#10o} {n:>#20b} {n:e}")
print("%-6s|%8.3f|%+06d|%x" % ("row", 3.14159, 42, 255))
