# Building strings with join, format, repetition and slicing into aligned tables.
rows = [("widget", 3, 2.5), ("gadget", 12, 0.75), ("doohickey", 1, 19.99)]
header = f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>9}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}|{qty:>5}|{price:>8.2f}|{total:>9.2f}")
print("=" * len(header))
print(f"{'':<10}|{'':>5}|{'sum':>8}|{grand:>9.2f}")
banner = " ".join(["*"] * 5)
print(banner.center(30, "~"), "|".join([s.center(6) for s in ["a", "bb", "ccc"]]))
print("\n".join([" " * (4 - i) + "#" * (2 * i + 1) for i in range(5)]))
