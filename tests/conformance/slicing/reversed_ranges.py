# Negative-step slices over every bound combination, on lists, tuples, str and bytes, and as
# the source of a slice assignment (pyperformance's fannkuch flips with perm[:k+1] = perm[k::-1]).
values = list(range(7))
bounds = [None, -9, -7, -3, -1, 0, 1, 3, 6, 7, 9]
seen = []
for start in bounds:
    for stop in bounds:
        for step in (-1, -2, -3):
            piece = values[start:stop:step]
            assert tuple(piece) == tuple(values)[start:stop:step]
            assert "".join(map(str, piece)) == "0123456"[start:stop:step]
            assert bytes(piece) == bytes(values)[start:stop:step]
            seen.append(len(piece))
print(sum(seen), max(seen), seen[:20])

perm = [3, 1, 4, 0, 2]
flips = 0
k = perm[0]
while k:
    perm[:k + 1] = perm[k::-1]
    flips += 1
    k = perm[0]
print(perm, flips)
reversed_copy = values[::-1]
reversed_copy[0] = "changed"
print(values, reversed_copy, values[5:5:-1], values[-1:-8:-1])
