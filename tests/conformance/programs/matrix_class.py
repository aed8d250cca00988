# A Matrix class with operator overloading, equality, iteration and determinant.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        width = max([len(str(x)) for row in self.rows for x in row])
        return "\n".join([" ".join([str(x).rjust(width) for x in row]) for row in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        cols = list(zip(*other.rows))
        return Matrix([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __iter__(self):
        return iter(self.rows)

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(self.m):
            minor = Matrix([row[:j] + row[j + 1:] for row in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * b, b * a, a * 3, 2 * a, sep="\n---\n")
print(repr(a.transpose()), a[1, 0], a == Matrix([[1, 2], [3, 4]]), a != b, a * Matrix.identity(2) == a)
m = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print(m.det(), (m * m).det(), Matrix.identity(4).det(), [sum(r) for r in m])
big = Matrix([[i * 4 + j for j in range(4)] for i in range(4)])
print(big)
print(big.det(), big.transpose().rows[0], (big * big)[3, 3])
