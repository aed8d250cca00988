# Parsing CSV-like text by hand, aggregating by group and printing a formatted report.
DATA = """region,product,units,price
north,apple,120,0.5
south,apple,80,0.55
north,pear,40,0.75
east,apple,200,0.45
south,pear,,0.8
east,plum,35,1.2
north,plum,15,1.25
west,apple,abc,0.5
east,pear,60,0.7"""

lines = DATA.splitlines()
header = lines[0].split(",")
rows, problems = [], []
for number, line in enumerate(lines[1:], start=2):
    record = dict(zip(header, line.split(",")))
    try:
        record["units"] = int(record["units"])
        record["price"] = float(record["price"])
    except ValueError as e:
        problems.append((number, str(e)))
        continue
    record["revenue"] = record["units"] * record["price"]
    rows.append(record)

by_region = {}
by_product = {}
for r in rows:
    by_region.setdefault(r["region"], []).append(r)
    by_product[r["product"]] = by_product.get(r["product"], 0) + r["units"]

print(f"{'region':<8}{'units':>7}{'revenue':>10}{'best':>8}")
for region in sorted(by_region):
    group = by_region[region]
    units = sum([r["units"] for r in group])
    revenue = sum([r["revenue"] for r in group])
    best = max(group, key=lambda r: r["revenue"])["product"]
    print(f"{region:<8}{units:>7}{revenue:>10.2f}{best:>8}")
print("units by product:", dict(sorted(by_product.items(), key=lambda kv: -kv[1])))
print("problems:", problems)
print(f"total revenue {sum([r['revenue'] for r in rows]):.2f} from {len(rows)} rows")
