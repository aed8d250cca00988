# Adding a list to a set is a TypeError.
s = {1, (2, 3)}
print(len(s))
s.add([4, 5])
