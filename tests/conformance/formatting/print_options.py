# print with sep, end, multiple arguments and objects of many types.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print("no newline", end="")
print(" -- continued")
print()
print("", "", sep="x")
print(*range(5), sep="-")
print(*["x", "y"], *"zw", end="!\n")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("tab\tseparated", "new\nline", sep="\n")
