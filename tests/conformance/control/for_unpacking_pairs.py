# `for a, b in enumerate(...)` and `for k, v in d.items()` unpack each pair as it is produced;
# the results, errors and iterator states must be those of building and unpacking the tuple.
words = ["alpha", "beta", "gamma"]
for index, word in enumerate(words):
    print(index, word)
for index, word in enumerate(words, start=10):
    print(index, word)
for index, (first, *rest) in enumerate(words, -2):
    print(index, first, rest)
scores = {"ann": 3, "bob": 5, "cy": 8}
for name, score in scores.items():
    print(name, score)
total = 0
for key, value in {}.items():
    total += 1
print(total)
iterator = enumerate("xy")
for a, b in iterator:
    print(a, b)
print(list(iterator))
items = scores.items()
for pair in items:
    print(pair)
try:
    for key, value in scores.items():
        scores[key + "!"] = value
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    for a, b, c in enumerate(words):
        pass
except ValueError as error:
    print("ValueError:", error)
try:
    for (a, b) in enumerate([1, 2]):
        del scores
        print(a, b)
except NameError as error:
    print("NameError:", error)
nested = {"x": {"y": 1}}
for outer, inner in nested.items():
    for key, value in inner.items():
        print(outer, key, value)
for i, value in enumerate(x * x for x in range(4)):
    print(i, value)
else:
    print("done", i, value)
