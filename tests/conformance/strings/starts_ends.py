# startswith / endswith, with tuples and ranges.
names = ["test_one.py", "main.swift", "README", "test_two.txt", "setup.py"]
for n in names:
    print(n, n.startswith("test"), n.endswith(".py"), n.endswith((".py", ".txt")), n.startswith(("R", "s")))
s = "hello world"
print(s.startswith("world", 6), s.startswith("hello", 1), s.endswith("hello", 0, 5), s.endswith(""))
print(s.startswith(()), s.startswith(("x", "he")), "".startswith(""))
print(s.removeprefix("hello "), s.removesuffix(" world"), s.removeprefix("xyz"))
