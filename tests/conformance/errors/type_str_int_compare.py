# Sorting a list of mixed str and int fails when comparing them.
data = [3, "two", 1]
print(len(data))
data.sort()
