# Uncaught ValueError unpacking too few values.
print("program value_not_enough_to_unpack")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
rows = [[1, 2, 3], [4, 5]]
for row in rows:
    print("row", row)
    a, b, c = row
    print(a + b + c)
