# Program with a compile-time error: IndentationError: unexpected indent.
print("program syntax_unexpected_indent")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
x = 1
    y = 2
print(x + y)
