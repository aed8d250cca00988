# split, rsplit and join with and without arguments.
text = "  the quick  brown\tfox \n jumps  "
print(text.split())
print(text.split(" "))
print(text.split(None, 2), text.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("one two three".split(maxsplit=1), "one two three".rsplit(maxsplit=1))
print("x".join(["a", "b", "c"]), ", ".join(["1", "2"]), "".join(["a", "b"]), "-".join([]))
print("-".join("abc"), "/".join(("x", "y")))
parts = []
for n in range(5):
    parts.append(str(n * n))
print("+".join(parts))
try:
    "x".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
