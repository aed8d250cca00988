# math.exp of a large argument overflows.
import math
print(math.exp(10))
print(math.exp(1000))
