# divmod identity a == q*b + r with 0 <= |r| < |b| and r having b's sign, across many values.
ok = True
samples = [-(10 ** 20) - 7, -1000, -17, -3, -1, 0, 1, 3, 17, 1000, 10 ** 20 + 7, 2 ** 63, -(2 ** 63)]
divisors = [-(10 ** 9) - 1, -7, -2, -1, 1, 2, 7, 10 ** 9 + 1, 2 ** 64]
for a in samples:
    for b in divisors:
        q, r = divmod(a, b)
        if q * b + r != a or not (abs(r) < abs(b)) or (r != 0 and (r < 0) != (b < 0)):
            ok = False
            print("mismatch", a, b, q, r)
print("identity holds:", ok)
print(divmod(-(10 ** 20) - 7, 7), divmod(10 ** 20 + 7, -(10 ** 9) - 1), divmod(2 ** 63, -7))
print([divmod(n, 4) for n in range(-5, 6)])
