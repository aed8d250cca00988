# storing 300 in a signed-char array ends the program with CPython's OverflowError
import array

small = array.array("b", [1, 2])
print(small)
small.append(300)
