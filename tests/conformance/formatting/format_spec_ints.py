# Integer format specs: width, fill, alignment, signs, grouping and bases.
for n in [0, 7, -7, 1234567, -1234567, 2 ** 40]:
    print(f"[{n:10}] [{n:<10}] [{n:^10}] [{n:>+10}] [{n: }] [{n:=+12}] [{n:012}]")
    print(f"[{n:,}] [{n:_}] [{n:x}] [{n:#x}] [{n:#X}] [{n:o}] [{n:#o}] [{n:b}] [{n:#b}] [{n:_x}]")
print(f"{255:*^12x}|{255:#012b}|{-255:#010x}|{65:c}|{1000:n}")
print(format(42), format(42, "5"), format(-42, "+"), format(42, "e"), format(42, ".2f"), format(42, "%"))
print("{:>8}|{:<8}|{:^8}|".format(1, -2, 3), "{0:{1}}|{0:{2}{1}}".format(5, 6, "-"))
