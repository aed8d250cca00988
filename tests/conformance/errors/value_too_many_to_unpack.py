# Uncaught ValueError unpacking too many values.
print("program value_too_many_to_unpack")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
pairs = [(1, 2), (3, 4), (5, 6, 7)]
for a, b in pairs:
    print(a, b, a + b)
