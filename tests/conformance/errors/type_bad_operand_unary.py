# Unary minus on a list is a TypeError.
values = [1, 2]
print(-values[0])
print(-values)
