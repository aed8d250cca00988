# any and all on various iterables.
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any([0.0, "", None]), all(["a", 1, [0]]))
print(any(map(lambda x: x > 3, [1, 2, 5])), all(map(lambda x: x > 0, [1, 2, -5])))
words = ["apple", "banana", "cherry"]
print(all(map(str.islower, words)), any(map(lambda w: w.startswith("b"), words)))
def check(x):
    print("checking", x)
    return x > 1
print(any(map(check, [0, 1, 2, 3, 4])))
print(all(map(check, [5, 6, 0, 7])))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)))
