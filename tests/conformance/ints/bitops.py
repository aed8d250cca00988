# Bitwise operations, including negative numbers and shifts.
vals = [0, 1, 5, 12, 255, -1, -5, -256]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ 0xFF)
print(6 & 3, 6 | 3, 6 ^ 3)
print(-6 & 3, -6 | 3, -6 ^ 3)
print(-6 & -3, -6 | -3, -6 ^ -3)
print(1 << 0, 1 << 10, 1 << 100)
print(-1 << 5, -5 << 3)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3, -1 >> 100)
print((1 << 200) >> 199)
print((2 ** 100 - 1) & (2 ** 64 + 12345))
print((2 ** 100) | 1, (2 ** 100) ^ (2 ** 100))
print(~(2 ** 80))
print(-(2 ** 80) & 0xFFFF, -(2 ** 80) >> 70)
x = 0b1011
print(x.bit_length(), (0).bit_length(), (-255).bit_length(), (2 ** 100).bit_length())
print(True & False, True | False, True ^ True, ~True)
