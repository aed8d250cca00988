# zip(strict=True) checks that every iterable has the same length, with CPython's messages.
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)), list(zip([], [], strict=False)))
cases = [([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5]), ([1, 2], [3, 4], [5, 6, 7]), ([1], [2], [3], []), ([], [1])]
for case in cases:
    try:
        print(list(zip(*case, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1, 2, 3], "ab")), list(zip("abc", range(10), strict=False)))
pairs = []
try:
    for a, b in zip(range(5), range(3), strict=True):
        pairs.append(a + b)
except ValueError as e:
    print("after", pairs, "ValueError:", e)
