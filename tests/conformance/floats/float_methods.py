# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag.
for v in [0.0, 1.0, 0.5, -2.75, 1e20, 0.1, 3.0]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), (2.5).conjugate(), (2.5).real, (2.5).imag)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.fromhex("0x1.fffffffffffffp+1023"), (1.5).hex(), (-0.0).hex(), (5e-324).hex())
print(0.0 ** float("inf"), (-0.0) ** -float("inf"), 0.5 ** -float("inf"), 2.0 ** -float("inf"), (-1.0) ** float("inf"))
