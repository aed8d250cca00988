# Program with a compile-time error: IndentationError: expected an indented block.
print("program syntax_expected_indent")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
for i in range(3):
print(i)
