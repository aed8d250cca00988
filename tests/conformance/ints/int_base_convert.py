# Hand-written base conversion compared against builtins.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, base):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n > 0:
        n, r = divmod(n, base)
        out = DIGITS[r] + out
    return sign + out

for n in [0, 5, 255, -255, 1000000, 2 ** 70, -(3 ** 40)]:
    b2 = to_base(n, 2)
    b16 = to_base(n, 16)
    b36 = to_base(n, 36)
    print(n, b16, b36, int(b2, 2) == n, int(b16, 16) == n, int(b36, 36) == n)
print(to_base(2 ** 64 - 1, 7))
print(int(to_base(2 ** 64 - 1, 7), 7))
