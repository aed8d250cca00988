# split/rsplit with maxsplit and separators, and join with various iterables.
text = "  alpha  beta gamma   delta "
print(text.split(), text.split(" "), text.split(None, 1), text.rsplit(None, 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), ",".split(","))
print("one::two::three".split("::"), "x".split("x"), "".split(","), "".split())
print("a b c".rsplit(" ", 0), "a\tb\nc  d".split(), "1-2-3".partition("-"), "1-2-3".rpartition("-"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "+".join([str(i) for i in range(4)]))
print(" ".join(["solo"]), "ab".join(["1", "2", "3"]), "\n".join(["l1", "l2"]).splitlines())
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
