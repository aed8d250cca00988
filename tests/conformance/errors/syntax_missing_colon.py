# Program with a compile-time error: SyntaxError: expected ':'.
print("program syntax_missing_colon")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
x = 3
if x > 2
    print("big")
