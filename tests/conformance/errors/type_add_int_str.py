# Uncaught TypeError adding int and str.
print("program type_add_int_str")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
count = 3
label = "items"
print(count, label)
print(count + label)
