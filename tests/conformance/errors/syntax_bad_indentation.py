# Program with a compile-time error: IndentationError: unindent does not match any outer indentation level.
print("program syntax_bad_indentation")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
def f():
        x = 1
    return x
print(f())
