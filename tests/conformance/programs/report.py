# A text report formatted with f-strings, alignment and totals.
sales = [
    ("North", "Widgets", 1200, 3.5),
    ("North", "Gadgets", 300, 12.25),
    ("South", "Widgets", 950, 3.5),
    ("South", "Gizmos", 40, 199.99),
    ("East", "Gadgets", 510, 12.25),
    ("East", "Widgets", 0, 3.5),
    ("West", "Gizmos", 12, 199.99),
]
title = "Quarterly Sales Report"
width = 58
print("=" * width)
print(f"{title:^{width}}")
print("=" * width)
print(f"{'Region':<8}{'Product':<10}{'Units':>8}{'Price':>10}{'Revenue':>14}{'%':>8}")
print("-" * width)
grand_total = 0.0
for region, product, units, price in sales:
    grand_total += units * price
by_region = {}
for region, product, units, price in sales:
    revenue = units * price
    by_region[region] = by_region.get(region, 0.0) + revenue
    share = revenue / grand_total
    print(f"{region:<8}{product:<10}{units:>8,}{price:>10.2f}{revenue:>14,.2f}{share:>8.1%}")
print("-" * width)
total_units = 0
for sale in sales:
    total_units += sale[2]
print(f"{'TOTAL':<18}{total_units:>8,}{'':>10}{grand_total:>14,.2f}{1:>8.0%}")
print()
print("By region:")
for region in sorted(by_region, key=lambda r: -by_region[r]):
    amount = by_region[region]
    bar = "#" * int(amount / grand_total * 40)
    print(f"  {region:<6}|{bar:<40}| {amount:>10,.2f}")
best = max(sales, key=lambda s: s[2] * s[3])
print(f"\nBest line: {best[1]} in {best[0]} ({best[2] * best[3]:,.2f})")
print(f"Average price: {sum(map(lambda s: s[3], sales)) / len(sales):.4f}")
print("%-10s|%10s|" % ("left", "right"))
print("{:>12}|{:<12}|{:^12}|".format("r", "l", "c"))
