# Program with a compile-time error: SyntaxError: unterminated string literal.
print("program syntax_unterminated_string")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
print("fine")
message = "this never ends
print(message)
