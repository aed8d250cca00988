# range() with a zero step is a ValueError.
print(list(range(0, 10, 3)))
r = range(1, 5, 0)
