# Solve n-queens for small boards, printing the first solution of each.
def solve(n):
    solutions = []
    columns = []

    def safe(row, col):
        for r in range(row):
            c = columns[r]
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place(row):
        if row == n:
            solutions.append(list(columns))
            return
        for col in range(n):
            if safe(row, col):
                columns.append(col)
                place(row + 1)
                columns.pop()

    place(0)
    return solutions


def render(solution):
    n = len(solution)
    lines = []
    for row in range(n):
        line = ""
        for col in range(n):
            if solution[row] == col:
                line += "Q "
            else:
                line += ". "
        lines.append(line.rstrip())
    return "\n".join(lines)


def is_valid(solution):
    n = len(solution)
    for i in range(n):
        for j in range(i + 1, n):
            if solution[i] == solution[j]:
                return False
            if abs(solution[i] - solution[j]) == j - i:
                return False
    return True


for n in range(1, 9):
    solutions = solve(n)
    print(f"n={n}: {len(solutions)} solutions")
    if solutions:
        first = solutions[0]
        print("first:", first, "valid:", is_valid(first))
        if n in (4, 6):
            print(render(first))
            print()
all_six = solve(6)
print(all_six)
mirrored = []
for s in all_six:
    m = []
    for c in s:
        m.append(5 - c)
    mirrored.append(m)
print(sorted(mirrored) == sorted(all_six))
