# Equality and ordering comparisons of lists and tuples.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print([2] > [1, 100], [1, [2, 3]] < [1, [2, 4]], ["a"] < ["b"], [1, 2] <= [1, 2], [3] >= [3, 0])
print((1, 2) == (1, 2), (1, 2) < (1, 2, 3), (2,) > (1, 9), () < (1,), (1, "a") < (1, "b"))
print([1, 2] == (1, 2), [1.0] == [1], [True] == [1])
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a"), (3, "")]))
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, "x"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
print([nan] == [nan], [1, nan] < [2, nan])
