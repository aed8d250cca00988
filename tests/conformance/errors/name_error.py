# Uncaught NameError for an undefined name.
print("program name_error")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
total = 0
for i in range(3):
    total += i
    print("total", total)
print(running_sum_of_values)
