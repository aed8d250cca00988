# Program with a compile-time error: SyntaxError: cannot assign to literal.
print("program syntax_assign_literal")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
print("a")
5 = x
