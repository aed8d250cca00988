# An exception inside a list comprehension propagates out of the program.
values = [4, 2, 0, 1]
print([10 // v for v in values if v])
print([10 // v for v in values])
