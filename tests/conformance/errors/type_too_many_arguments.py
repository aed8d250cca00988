# Uncaught TypeError for too many positional arguments.
print("program type_too_many_arguments")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
def f(a, b):
    return a - b

print(f(10, 3))
print(f(1, 2, 3))
