# Uncaught ZeroDivisionError from int true division.
values = [10, 5, 2, 1, 0]
total = 0
for v in values:
    print("dividing by", v)
    total += 100 / v
    print("total so far", total)
print("unreachable")
