# f-strings with expressions and format specs.
name = "World"
n = 42
x = 3.14159
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}, half is {n / 2}")
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:e} {x:g}")
print(f"{n:>6}|{n:<6}|{n:^6}|{n:06d}|{n:x}|{n:#b}|{n:,}")
print(f"{name!r} {name!s} {name:*^11}")
print(f"{items} {items[0]} {len(items)} {sum(items) * 2}")
print(f"{'nested'} {'single'} {name + '!'}")
print(f'{"double" + " inside"} {n > 40} {n if n > 100 else -n}')
print(f"{{braces}} {n}")
print(f"{1_000_000:,} {2 ** 40:_} {0.5:%} {1 / 3:.3%}")
