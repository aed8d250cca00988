# Changing a dict's size during iteration raises RuntimeError; iterating a copy is safe.
d = {i: i * i for i in range(6)}
try:
    for k in d:
        if k % 2:
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
e = {"a": 1, "b": 2}
for k in e:
    e[k] = e[k] * 10
print(e)
