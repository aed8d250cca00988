# Uncaught ZeroDivisionError from int true division.
print("program zero_div_int")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
values = [10, 5, 2, 1, 0]
total = 0
for v in values:
    print("dividing by", v)
    total += 100 / v
    print("total so far", total)
print("unreachable")
