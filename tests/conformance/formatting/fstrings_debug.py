# f-string self-documenting expressions and conversions.
x = 10
y = 2.5
s = "text"
print(f"{x=}")
print(f"{y=}")
print(f"{s=}")
print(f"{x + 1=}")
print(f"{x=:>5}")
print(f"{y=:.3f}")
print(f"{s=!s}")
print(f"{x = }")
print(f"{s!r}")
print(f"{[x, y]=}")
