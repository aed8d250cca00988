# Memoised recursion with an explicit dict: partitions, grid paths and edit distance.
memo = {}

def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        return 1
    key = (n, largest)
    if key not in memo:
        memo[key] = sum([partitions(n - k, k) for k in range(1, min(n, largest) + 1)])
    return memo[key]

print([partitions(n) for n in range(12)], partitions(60), len(memo))

def grid_paths(r, c, cache={}):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in cache:
        cache[(r, c)] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return cache[(r, c)]

print(grid_paths(2, 2), grid_paths(10, 10), grid_paths(16, 16))

def edit_distance(a, b):
    table = {}
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 or j == 0:
                table[i, j] = i + j
            else:
                table[i, j] = min(table[i - 1, j] + 1, table[i, j - 1] + 1, table[i - 1, j - 1] + (a[i - 1] != b[j - 1]))
    return table[len(a), len(b)]

print([edit_distance(x, y) for x, y in [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("same", "same")]])
