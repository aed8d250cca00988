# sort and sorted: stability, key functions, reverse, and tuples as keys.
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40), ("fay", 31)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_age = sorted(people, key=lambda p: p[1])
print(sorted(by_age, key=lambda p: p[0][-1]))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted({len(w) for w in words}))
print(sorted("Mississippi"), sorted([3.5, 1, 2.25, -0.0, 0]), sorted([], key=abs), sorted([True, False, 2]))
