# Uncaught OverflowError converting a huge int to float.
print("program overflow_float")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
n = 10
for i in range(6):
    n = n ** 3
    print(i, len(str(n)))
print("as float:", float(10 ** 300))
print(float(n))
