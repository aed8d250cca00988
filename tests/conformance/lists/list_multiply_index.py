# Negative indexing, index errors, and list repetition with mutation.
xs = list("abcdef")
print(xs[0], xs[-1], xs[-6], xs[len(xs) - 1])
for i in [6, -7, 100]:
    try:
        xs[i]
    except IndexError as e:
        print(i, "IndexError:", e)
xs[-2] = "E"
xs[0] = xs[0].upper()
print(xs)
rows = [[0] * 3 for _ in range(2)]
rows[0][1] = 1
print(rows, [0, 1] * 3, [[]] * 2, [] * 5, [1] * -1)
try:
    xs[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    xs["1"] = 2
except TypeError as e:
    print("TypeError:", e)
