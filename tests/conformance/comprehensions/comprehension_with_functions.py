# Comprehensions calling functions, methods and closures; results used as arguments.
def square(x):
    return x * x

def make_scaler(k):
    return lambda v: v * k

scalers = [make_scaler(k) for k in range(1, 4)]
print([f(10) for f in scalers], [square(n) for n in range(6)], max([square(n) - 10 * n for n in range(12)]))
names = ["  Alice ", "bob", "CHARLIE  "]
clean = [n.strip().capitalize() for n in names]
print(clean, ", ".join([n[:2] for n in clean]), dict([(n, len(n)) for n in clean]))
print(sorted([(len(n), n) for n in clean], reverse=True), list(zip([n[0] for n in clean], range(3))))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum([row[j] for row in matrix]) for j in range(3)])
print({k: sorted(v) for k, v in {"b": [3, 1], "a": [2]}.items()}, [[j for j in range(i)] for i in range(4)])
