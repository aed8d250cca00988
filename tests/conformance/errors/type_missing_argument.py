# Uncaught TypeError for a missing positional argument.
print("program type_missing_argument")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
def f(a, b):
    return a * b

print(f(3, 4))
print(f(b=2, a=5))
print(f(1))
