# random.sample of more items than the population holds ends with CPython's ValueError
import random

random.seed(0)
print(random.sample(range(5), 5))
random.sample([1, 2, 3], 10)
