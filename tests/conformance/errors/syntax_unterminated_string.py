# Program with a compile-time error: SyntaxError: unterminated string literal.
print("fine")
message = "this never ends
print(message)
