# any/all short-circuiting, early returns and sentinel loops.
calls = []

def check(x):
    calls.append(x)
    return x > 2

print(any([check(x) for x in [1, 3, 5]]), calls)
calls.clear()
print(any(map(check, [1, 3, 5])), calls)
calls.clear()
print(all(map(check, [3, 1, 5])), calls)

def first_negative(values):
    for index, value in enumerate(values):
        if value < 0:
            return index, value
    return None

print(first_negative([3, 0, -2, -5]), first_negative([1, 2]))
tokens = iter(["a", "b", "STOP", "c"])
seen = []
for token in tokens:
    if token == "STOP":
        break
    seen.append(token)
print(seen, next(tokens), next(tokens, "end"))
