# Functions passed to sorted, min, max, map and filter, including bound methods and builtins.
words = ["kiwi", "Apple", "fig", "banana", "Cherry"]
print(sorted(words, key=len), sorted(words, key=str.lower), min(words, key=len), max(words, key=lambda w: w[-1]))
print(list(map(len, words)), list(map(str.upper, words)), list(filter(str.istitle, words)))
print(sorted(range(-5, 6), key=abs), sorted(range(-5, 6), key=lambda n: (abs(n), n)), max(range(10), key=lambda n: n % 4))
lookup = {"a": 3, "b": 1, "c": 2}
print(sorted(lookup, key=lookup.get), max(lookup, key=lookup.get), min(lookup.items(), key=lambda kv: kv[1]))
print(list(map(lambda pair: pair[0] * pair[1], zip([1, 2, 3], [4, 5, 6]))), sum(map(int, "12345")))
apply_all = lambda fs, x: [f(x) for f in fs]
print(apply_all([abs, str, float, bool, lambda v: v * 2], -3))
