# Conditional expressions, including nested ones.
for n in range(-2, 4):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    parity = "even" if n % 2 == 0 else "odd"
    print(n, sign, parity, n if n > 0 else -n)
def pick(flag):
    return (lambda: "yes") if flag else (lambda: "no")
print(pick(True)(), pick(False)())
values = [1, None, 3]
for v in values:
    print(v if v is not None else "missing", (v or 0) * 2)
print([1, 2][0 if True else 1], ("a" if 0 else "b") * 3)
