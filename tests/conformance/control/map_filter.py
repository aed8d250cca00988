# map and filter with lambdas and builtins.
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(list(map(abs, nums)))
print(list(map(lambda x: x * x, nums)))
print(list(map(str, nums)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(lambda x: x > 0, nums)))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(map(int, "1 2 3".split())), list(map(len, ["a", "bb", ""])))
print(sum(map(int, ["4", "5"])), list(map(str.upper, ["x", "y"])))
m = map(lambda x: x + 1, [1, 2, 3])
print(next(m), list(m), list(m))
evens = filter(lambda x: x % 2 == 0, range(10))
for e in evens:
    print("even", e)
