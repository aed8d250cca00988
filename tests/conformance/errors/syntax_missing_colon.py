# Program with a compile-time error: SyntaxError: expected ':'.
x = 3
if x > 2
    print("big")
