# min, max with key and default; sum with start.
nums = [4, -7, 2, 9, -1]
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs), min(3, 1, 2), max("a", "b"))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min([], default="none"), max([], default=0), min([5], default=9))
print(max([1, 3, 3], key=lambda x: -x), max([(1, "b"), (1, "a")]))
print(sum(nums), sum(nums, 100), sum([0.5, 0.25]), sum([[1], [2, 3]], []), sum([], 7))
print(sum([1, 2], start=10), sum((True, True, True)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
