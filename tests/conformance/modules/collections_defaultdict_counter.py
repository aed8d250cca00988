# collections.defaultdict and Counter: factories, __missing__, repr, counting and arithmetic.
from collections import defaultdict, Counter

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), len(groups), groups["z"], "z" in groups, groups.get("q"), "q" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory, type(counts).__name__, isinstance(counts, dict))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], repr(defaultdict(None, {1: 2})), defaultdict(set, a={1}), counts.copy() == counts)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)

c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common(), c.total(), len(c))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("zz")
c.update({"a": 10})
c.subtract(["a", "b"])
print(c, c.most_common(1))
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=4)
print(d + e, d - e, d | e, d & e, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(d == Counter(b=1, a=3), d != e, Counter(a=1) <= Counter(a=2), Counter() == Counter(a=0))
d += e
print(d, repr(Counter()), Counter(["x", "y", "x"]), Counter({"k": 5}), Counter(k=1, j=2))
del d["nope"]
del d["a"]
print(d, isinstance(d, dict), type(d).__name__, dict(Counter("aab")))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(3), sum(Counter(words).values()))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
