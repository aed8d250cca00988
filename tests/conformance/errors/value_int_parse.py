# Uncaught ValueError from int() on non-numeric text.
print("program value_int_parse")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
inputs = ["12", "-7", "abc"]
total = 0
for s in inputs:
    print("parsing", repr(s))
    total += int(s)
    print("total", total)
