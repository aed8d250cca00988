# Uncaught ValueError from int() on non-numeric text.
inputs = ["12", "-7", "abc"]
total = 0
for s in inputs:
    print("parsing", repr(s))
    total += int(s)
    print("total", total)
