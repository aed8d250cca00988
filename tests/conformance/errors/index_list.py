# Uncaught IndexError on a list.
items = ["a", "b", "c"]
for i in range(len(items)):
    print(i, items[i])
print("peeking past the end")
print(items[len(items)])
