# Nested loops and breaking out of the inner loop.
for i in range(1, 5):
    line = ""
    for j in range(1, 5):
        line += str(i * j).rjust(4)
    print(line)
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
for row in range(5):
    print(" " * (4 - row) + "*" * (2 * row + 1))
total = 0
for a in range(4):
    for b in range(a):
        for c in range(b):
            total += a * b * c
            print(a, b, c)
print("total", total)
