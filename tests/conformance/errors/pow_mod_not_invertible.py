# pow with a negative exponent and a modulus needs an invertible base.
print(pow(3, -1, 7), pow(2, -3, 9))
print(pow(4, -1, 8))
