# Chained comparisons evaluate each operand once.
def val(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0, 5 > 3 == 3)
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(100))
x = 5
print(0 <= x < 10, 0 < x <= 4, x == 5 != 6, -1 < x * 2 < 11)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4, "a" < "b" < "c", x is not None is not False)
print(2 in [1, 2] in [[1, 2]])
