# Tuples as lightweight records: sorting, grouping and comparing by fields.
rows = [("carrot", "veg", 0.5), ("apple", "fruit", 1.25), ("kale", "veg", 2.0), ("fig", "fruit", 3.5), ("leek", "veg", 1.25)]
by_price = sorted(rows, key=lambda r: (r[2], r[0]))
for name, kind, price in by_price:
    print(f"{name:<8}{kind:<6}{price:>6.2f}")
groups = {}
for name, kind, price in rows:
    groups.setdefault(kind, []).append(name)
print(groups)
totals = {}
for _, kind, price in rows:
    totals[kind] = totals.get(kind, 0) + price
print(totals, max(rows, key=lambda r: r[2])[0], min(rows)[0])
pairs = list(zip([r[0] for r in rows], [r[2] for r in rows]))
print(pairs[:2], dict(pairs)["fig"], sorted(pairs, key=lambda p: -p[1])[0])
