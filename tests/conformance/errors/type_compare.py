# Uncaught TypeError comparing int and str.
values = [3, 1, 2]
values.sort()
print(values)
values.append("four")
print(values)
values.sort()
