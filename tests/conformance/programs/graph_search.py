# Breadth-first, depth-first and shortest-path (Dijkstra with a simple list queue) searches.
edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11), ("e", "f", 20), ("g", "h", 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))
for node in graph:
    graph[node].sort()


def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt, _ in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


def dijkstra(start):
    dist = {start: 0}
    prev = {}
    frontier = [(0, start)]
    done = set()
    while frontier:
        frontier.sort()
        d, node = frontier.pop(0)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            if d + w < dist.get(nxt, float("inf")):
                dist[nxt] = d + w
                prev[nxt] = node
                frontier.append((d + w, nxt))
    return dist, prev


def path(prev, target):
    steps = [target]
    while steps[-1] in prev:
        steps.append(prev[steps[-1]])
    return steps[::-1]


print(bfs("a"), bfs("g"))
print(dfs("a"), dfs("h"))
dist, prev = dijkstra("a")
for node in sorted(dist):
    print(node, dist[node], "->".join(path(prev, node)))
components = []
seen_all = set()
for node in sorted(graph):
    if node not in seen_all:
        comp = bfs(node)
        seen_all.update(comp)
        components.append(sorted(comp))
print(components, len(edges), sum([w for _, _, w in edges]))
