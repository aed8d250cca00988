# __len__, __getitem__, __setitem__, __delitem__, __contains__ and __iter__ on a class.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside grid")
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, value):
        self.cells[pos] = value

    def __delitem__(self, pos):
        del self.cells[pos]

    def __contains__(self, value):
        return value in self.cells.values()

g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], "#" in g, "x" in g)
for y in range(g.h):
    print("".join([g[x, y] for x in range(g.w)]))
del g[0, 0]
print(g[0, 0], "#" in g, bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Seq()), 9 in Seq(), 5 in Seq(), [x + 1 for x in Seq()])
