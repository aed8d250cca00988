# Program with a compile-time error: IndentationError: unexpected indent.
x = 1
    y = 2
print(x + y)
