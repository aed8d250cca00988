# hex, oct and bin of positive, negative and large numbers.
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 64, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
print(hex(3735928559), oct(511), bin(1023))
print(int(hex(123456789), 16), int(oct(123456789), 8), int(bin(123456789), 2))
print(0x1F, 0o17, 0b1010, 0XAB, 0O7, 0B11)
print(1_000, 0x_FF, 0b_1_0)
print(hex(True), bin(False))
