# A misspelled variable name raises NameError.
counter = 10
print(counter)
print(countr + 1)
