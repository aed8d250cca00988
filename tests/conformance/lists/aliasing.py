# Mutation through aliases versus copies.
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
b.append(4)
print(a, b, c, d)
print(a is b, a is c, a == c)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
shallow[1] = ["new"]
print(nested, shallow)
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    return lst
orig = ["o"]
result = mutate(orig)
print(orig, result)
grid = []
for i in range(3):
    grid.append([0] * 3)
grid[1][1] = 5
print(grid)
