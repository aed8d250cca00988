# Uncaught KeyError from del on a dict.
print("program key_error_del")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
d = {"x": 1, "y": 2}
del d["x"]
print(d)
del d["x"]
