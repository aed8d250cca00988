# Program with a compile-time error: SyntaxError: '(' was never closed.
print("program syntax_unclosed_paren")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
print("start")
values = [1, 2, 3]
total = sum(values
