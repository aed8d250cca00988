# Uncaught KeyError from del on a dict.
d = {"x": 1, "y": 2}
del d["x"]
print(d)
del d["x"]
