# Equality and ordering of nested lists, and membership in lists of lists.
a = [1, [2, [3, 4]], "x"]
b = [1, [2, [3, 4]], "x"]
c = [1, [2, [3, 5]], "x"]
print(a == b, a != c, a < c, c > b, a == a[:], [a] == [b])
print([1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0], [[]] > [], [1, 2] == (1, 2))
print([3, 2] in [[1], [3, 2]], [3] in [[3, 2]], a.index([2, [3, 4]]), c.count([2, [3, 5]]))
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1], [0, 9]]), sorted([[2, 1], [1, 2], [1, 1, 1]]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
