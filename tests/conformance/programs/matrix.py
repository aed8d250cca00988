# Matrix arithmetic with nested lists: multiply, transpose, power, determinant.
def zeros(rows, cols):
    result = []
    for _ in range(rows):
        result.append([0] * cols)
    return result


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def multiply(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError("shape mismatch")
    result = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result


def transpose(m):
    result = []
    for j in range(len(m[0])):
        row = []
        for i in range(len(m)):
            row.append(m[i][j])
        result.append(row)
    return result


def power(m, exponent):
    result = identity(len(m))
    base = m
    while exponent > 0:
        if exponent % 2 == 1:
            result = multiply(result, base)
        base = multiply(base, base)
        exponent //= 2
    return result


def determinant(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(n):
        minor = []
        for row in m[1:]:
            minor.append(row[:col] + row[col + 1:])
        sign = 1 if col % 2 == 0 else -1
        total += sign * m[0][col] * determinant(minor)
    return total


def show(name, m):
    print(name)
    for row in m:
        print("  " + format_row(row))


def format_row(row):
    text = ""
    for v in row:
        text += f"{v:>8}"
    return text


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a*b", multiply(a, b))
show("b*a", multiply(b, a))
show("a^T", transpose(a))
fib = [[1, 1], [1, 0]]
for e in [1, 2, 10, 50, 100]:
    print("fib matrix power", e, power(fib, e)[0][1])
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", determinant(m), determinant(identity(4)), determinant([[1.5, 2], [3, 4]]))
try:
    multiply(a, a)
except ValueError as e:
    print("error:", e)
f = [[0.5, 0.25], [0.125, 1.0]]
show("f^3", power(f, 3))
