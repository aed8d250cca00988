# Program with a compile-time error: SyntaxError: invalid syntax.
print("program syntax_invalid")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
print("before")
x = 1 +* 2
print(x)
