# Uncaught AttributeError on None.
def find(items, target):
    for item in items:
        if item == target:
            return item
    return None

print(find(["a", "b"], "a").upper())
print(find(["a", "b"], "z").upper())
