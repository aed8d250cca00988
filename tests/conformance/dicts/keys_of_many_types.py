# Keys of different hashable types; 1, 1.0 and True collide; tuples as keys.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[(1, 2)] = "tuple"
d["1"] = "str"
d[None] = "none"
d[-0.0] = "negzero"
d[0] = "zero"
print(d, len(d))
print(d[1], d[True], d[(1, 2)], d[None], d[0.0], 2 ** 64 in {2 ** 64: 1}, {2 ** 64: 1}[2.0 ** 64])
grid = {(x, y): x * 10 + y for x in range(3) for y in range(2)}
print(grid[(2, 1)], grid.get((5, 5)), sorted(grid)[:3], (1, 1) in grid)
frozen = {frozenset([1, 2]): "fs"}
print(frozen[frozenset([2, 1])])
