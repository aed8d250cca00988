# print with sep, end, several arguments and star-unpacking.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
lst = [1, 2, 3, "four", 5.0]
print(*lst)
print(*lst, sep=" | ")
print(*"spell", sep=".")
print(*[])
print("to stderr", file=sys.stderr)
print(1, 2, sep=None, end=None)
print("multi\nline", "text", sep="\n")
for i in range(3):
    print(i, end=" ")
print()
sys.stdout.write("written directly\n")
print("tab\tsep", 1, 2.0, None, True, [1], (2,), {"a": 1}, sep="\t")
