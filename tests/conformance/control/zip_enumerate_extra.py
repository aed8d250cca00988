# zip with unequal lengths and strict mode absent, enumerate with start, and map with several iterables.
a = [1, 2, 3, 4]
b = "xyz"
c = (True, False)
print(list(zip(a, b)), list(zip(a, b, c)), list(zip()), list(zip(a)))
print(list(enumerate(b, 1)), list(enumerate(b, -2)), dict(enumerate("ab")))
print(list(map(lambda x, y: x * y, a, [10, 20])), list(map(str, a)), list(map(pow, [2, 3], [3, 2])))
names = ["ann", "bo"]
ages = [30, 40]
for i, (n, g) in enumerate(zip(names, ages), start=100):
    print(i, n, g)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], list(zip(*zip(*matrix))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda v: v > 2, a)))
