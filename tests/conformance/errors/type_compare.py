# Uncaught TypeError comparing int and str.
print("program type_compare")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
values = [3, 1, 2]
values.sort()
print(values)
values.append("four")
print(values)
values.sort()
