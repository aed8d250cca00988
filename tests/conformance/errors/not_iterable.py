# Iterating over an int raises TypeError.
total = 0
for x in [1, 2]:
    total += x
print(total)
for x in total:
    pass
