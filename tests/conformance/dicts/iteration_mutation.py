# Mutating a dict while iterating raises RuntimeError.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d) > 3)
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d2 = {"a": 1, "b": 2}
for k in d2:
    d2[k] = d2[k] * 100
print(d2)
