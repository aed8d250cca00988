# Uncaught TypeError subscripting an int.
print("program type_not_subscriptable")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
data = [10, 20, 30]
first = data[0]
print("first", first)
print(first[0])
