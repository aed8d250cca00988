# Mutating a list while iterating it by index or over a copy, and appending during iteration.
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
queue = [1]
for x in queue:
    if x < 20:
        queue.append(x * 3)
print(queue)
values = list(range(10))
i = 0
while i < len(values):
    if values[i] % 3 == 0:
        del values[i]
    else:
        values[i] *= 10
        i += 1
print(values)
skipped = []
data = [0, 1, 2, 3, 4]
for v in data:
    skipped.append(v)
    if v == 1:
        data.remove(v)
print(skipped, data)
