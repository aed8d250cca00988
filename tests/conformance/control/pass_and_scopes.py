# pass statements, nested ifs inside loops and early exit flags.
for i in range(5):
    if i == 2:
        pass
    elif i == 3:
        continue
    print("i", i)
def empty():
    pass
print(empty())
done = False
level = 0
while not done:
    level += 1
    if level % 2 == 0:
        print("even level", level)
    if level >= 6:
        done = True
print("stopped at", level)
matrix = [[1, 0, 3], [0, 5, 6], [7, 8, 0]]
zeros = 0
for row in matrix:
    for v in row:
        if v == 0:
            zeros += 1
            continue
        print(v, end=",")
print()
print("zeros", zeros)
