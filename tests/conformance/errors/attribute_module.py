# A missing attribute on a module raises AttributeError.
import math
print(math.floor(2.5))
print(math.florr(2.5))
