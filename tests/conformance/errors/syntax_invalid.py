# Program with a compile-time error: SyntaxError: invalid syntax.
print("before")
x = 1 +* 2
print(x)
