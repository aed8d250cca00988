# Uncaught ValueError from a math domain error.
print("program value_math_domain")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
import math
for x in [4, 2, 0, -1]:
    print(x, math.sqrt(x))
