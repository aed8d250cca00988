# A defaultdict without a default factory raises KeyError for a missing key.
from collections import defaultdict

d = defaultdict(None, {"a": 1})
print(d["a"], d)
print(d["b"])
