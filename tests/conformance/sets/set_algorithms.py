# Sets of ints in algorithms: deduplication preserving order, coverage, and reachability.
def dedupe(items):
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out

print(dedupe([3, 1, 3, 2, 1, 5, 2]), len(set([3, 1, 3, 2])))
edges = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: set(), 6: set(), 7: {1}}
def reachable(start):
    seen = {start}
    frontier = [start]
    while frontier:
        node = frontier.pop()
        for nxt in sorted(edges[node] - seen):
            seen.add(nxt)
            frontier.append(nxt)
    return seen
print(sorted(reachable(1)), sorted(reachable(5)), sorted(reachable(7)))
universe = set(range(1, 11))
subsets = [{1, 2, 3}, {2, 4}, {3, 4, 5, 6}, {6, 7, 8}, {8, 9, 10}, {1, 10}]
chosen, covered = [], set()
while covered != universe:
    best = max(subsets, key=lambda s: (len(s - covered), -subsets.index(s)))
    chosen.append(sorted(best))
    covered |= best
print(chosen, len(covered))
print(sorted({n % 7 for n in range(50)} ^ {0, 10}), {1, 2} <= {1, 2, 3} < {1, 2, 3, 4})
