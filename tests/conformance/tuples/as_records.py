# Tuples used as records and dictionary keys.
points = [(0, 0), (3, 4), (-1, 2), (3, 4), (5, -12)]
for x, y in points:
    print((x, y), (x * x + y * y) ** 0.5)
dist = {}
for pt in points:
    dist[pt] = dist.get(pt, 0) + 1
print(dist)
print(sorted(points), sorted(points, key=lambda p: p[1]))
print(max(points), min(points), points.count((3, 4)))
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 2, 9])
print(lo, hi, minmax("hello"))
records = [("eve", 3, 9.5), ("bob", 1, 7.0), ("amy", 3, 8.25)]
for name, group, score in sorted(records, key=lambda r: (r[1], -r[2])):
    print(f"{name:<4} {group} {score:5.2f}")
