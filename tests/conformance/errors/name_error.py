# Uncaught NameError for an undefined name.
total = 0
for i in range(3):
    total += i
    print("total", total)
print(running_sum_of_values)
