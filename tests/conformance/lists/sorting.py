# sort and sorted with key and reverse; stability.
nums = [5, -2, 9, 0, -7, 3, 3]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), nums)
nums.sort()
print(nums)
nums.sort(key=lambda v: -v)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
pairs = [(3, "c"), (1, "b"), (2, "a"), (1, "a"), (3, "a")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
records = [("x", 2), ("y", 1), ("z", 2), ("w", 1), ("v", 3)]
by_second = sorted(records, key=lambda r: r[1])
print("stable:", by_second)
print(sorted(sorted(records), key=lambda r: r[1], reverse=True))
print(sorted([]), sorted("hello"), sorted((3, 1, 2)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
