# Uncaught TypeError taking len() of an int.
things = ["abc", [1, 2], {"k": 1}, 12345]
for t in things:
    print(repr(t), len(t))
