# float() of text that is not a number.
print(float("1.5e3"), float(" -2 "))
print(float("1.5.3"))
