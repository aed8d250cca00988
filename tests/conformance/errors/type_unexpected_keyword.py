# Uncaught TypeError for an unexpected keyword argument.
print("program type_unexpected_keyword")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
def f(x, y=0):
    return x + y

print(f(1), f(1, y=2))
print(f(1, z=3))
