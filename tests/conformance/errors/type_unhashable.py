# Uncaught TypeError using a list as a dict key.
print("program type_unhashable")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
seen = {}
for key in [1, "a", (2, 3)]:
    seen[key] = True
    print(seen)
seen[[4]] = True
