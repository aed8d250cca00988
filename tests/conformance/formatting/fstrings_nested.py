# Nested format specs and quoting inside f-strings.
width = 12
prec = 3
value = 2 / 3
for w in [4, 8, 12]:
    print(f"[{value:{w}.{prec}f}]", f"[{'x':>{w}}]", f"[{'c':^{w}}]")
print(f"{value:{width}.{prec}e}|")
data = {"key": "value", "n": 5}
print(f"{data['key']} {data['n'] * 2}")
print(f'{data["key"]!r}')
fill = "*"
print(f"{'pad':{fill}^{width}}")
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}{qty * price:>10.2f}")
total = 0
for row in rows:
    total += row[1]
print(f"{'total':<10}{total:>5}")
