# Bitwise and, or, xor and shifts with negatives and big ints.
values = [0, 1, 5, -5, 255, -256, 2 ** 64 + 3, -(2 ** 64) - 3]
for a in values:
    row = []
    for b in [3, -3, 2 ** 70 - 1]:
        row.append((a & b, a | b, a ^ b))
    print(a, row)
for n in [1, -1, 12345, -12345, 2 ** 80]:
    print(n, n << 3, n >> 3, n << 70, n >> 70, n >> 200)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(0xFF & ~0x0F, 0b1010 ^ 0b0110, 1 << 0, -1 >> 100)
