# str.format with more fields than arguments raises IndexError.
print("{} and {}".format("a", "b"))
print("{} {} {}".format("only", "two"))
