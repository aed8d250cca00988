# List work in nested loops: append, indexing, summing and in-place updates; prints a checksum.


def build_rows(rows, columns):
    grid = []
    for r in range(rows):
        row = []
        for c in range(columns):
            row.append((r * 31 + c * 17) % 101)
        grid.append(row)
    return grid


def column_sums(grid):
    sums = []
    for c in range(len(grid[0])):
        sums.append(0)
    for row in grid:
        for c in range(len(row)):
            sums[c] += row[c]
    return sums


def smooth(grid):
    for r in range(1, len(grid) - 1):
        above = grid[r - 1]
        row = grid[r]
        below = grid[r + 1]
        for c in range(1, len(row) - 1):
            row[c] = (above[c] + below[c] + row[c - 1] + row[c + 1] + row[c]) % 101


checksum = 0
for round_number in range(130):
    grid = build_rows(200, 200)
    smooth(grid)
    sums = column_sums(grid)
    checksum = (checksum * 7 + sum(sums) + sums[round_number % len(sums)]) % 1000000007
print("lists checksum:", checksum)
