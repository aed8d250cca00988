# Uncaught IndexError on a tuple.
print("program index_tuple")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
point = (3, 4)
print("x", point[0])
print("y", point[1])
print("z", point[2])
