# An unbound special method of a built-in type rejects a receiver of another type.
print(int.__add__(1, 2), str.__len__("abc"))
print(int.__add__("1", 2))
