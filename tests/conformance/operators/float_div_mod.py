# Float floor division, modulo and divmod, including negative zero and mixed operands.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (5, 0.5), (1e300, 1e-300)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0, 1e-20 % -1.0)
print(3.0 // 0.1, 3.0 % 0.1, 1.0 // 0.1, 1.0 % 0.1)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0)
print(5.5 % float("inf"), -5.5 % float("inf"), float("inf") % 3 != float("inf") % 3)
