# Uncaught ValueError unpacking too few values.
rows = [[1, 2, 3], [4, 5]]
for row in rows:
    print("row", row)
    a, b, c = row
    print(a + b + c)
