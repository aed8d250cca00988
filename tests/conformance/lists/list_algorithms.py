# Common list algorithms written with loops.
data = [4, 8, 15, 16, 23, 42, 8, 4, 4]
unique = []
for x in data:
    if x not in unique:
        unique.append(x)
print(unique)
running = []
total = 0
for x in data:
    total += x
    running.append(total)
print(running)
pairs = []
for i in range(len(data) - 1):
    pairs.append(data[i + 1] - data[i])
print(pairs)
chunks = []
for i in range(0, len(data), 4):
    chunks.append(data[i:i + 4])
print(chunks)
flat = []
for chunk in chunks:
    flat.extend(chunk)
print(flat == data)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = []
for col in range(3):
    row = []
    for r in matrix:
        row.append(r[col])
    transposed.append(row)
print(transposed)
rotated = data[3:] + data[:3]
print(rotated, data.index(max(data)), data.count(4))
