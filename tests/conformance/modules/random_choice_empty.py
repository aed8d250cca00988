# random.choice of an empty sequence ends the program with CPython's IndexError
import random

random.seed(0)
print(random.choice([1, 2, 3]))
random.choice([])
