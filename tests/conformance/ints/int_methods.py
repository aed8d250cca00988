# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate.
for n in [0, 1, 255, 256, -1, -256, 2 ** 64, -(2 ** 100) + 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), abs(n).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 9]), "big"), (2 ** 70).to_bytes(9, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((7).real, (7).imag, (7).numerator, (7).denominator, True.bit_length(), int.__name__)
