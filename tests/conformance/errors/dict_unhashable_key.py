# A list used as a dict key is unhashable.
d = {(1, 2): "tuple ok"}
print(d)
d[[1, 2]] = "list"
