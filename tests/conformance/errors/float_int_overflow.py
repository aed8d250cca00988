# Dividing huge ints whose quotient exceeds the float range raises OverflowError.
print(10 ** 300 / 10 ** 10)
print(10 ** 400 / 3)
