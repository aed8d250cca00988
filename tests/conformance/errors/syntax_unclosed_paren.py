# Program with a compile-time error: SyntaxError: '(' was never closed.
print("start")
values = [1, 2, 3]
total = sum(values
