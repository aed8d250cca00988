# Program with a compile-time error: SyntaxError: cannot assign to literal.
print("a")
5 = x
