# math logarithms and exponentials.
import math
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5))
print(math.log(8, 2), math.log(100, 10), math.log(81, 3), math.log(2, 8))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
print(math.log(2 ** 1000), math.log10(10 ** 50))
for x in [0.001, 0.1, 1, 10, 1000]:
    print(x, math.log(x), math.log10(x), math.exp(math.log(x)))
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
