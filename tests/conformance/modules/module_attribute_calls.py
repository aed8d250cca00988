# Calls of module attributes stay right when the module's namespace changes between calls.
import math
import random

random.seed(7)
print([random.randint(1, 6) for _ in range(5)])
print([math.floor(x / 3) for x in range(6)])
original = math.floor
for step in range(3):
    print(math.floor(7.5), math.sqrt(16))
    math.floor = lambda x: "patched"
math.floor = original
print(math.floor(2.5))
del math.floor
try:
    math.floor(1.5)
except AttributeError as error:
    print("AttributeError:", error)
math.floor = original
print(math.floor(9.9))
