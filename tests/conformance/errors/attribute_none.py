# Uncaught AttributeError on None.
print("program attribute_none")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
def find(items, target):
    for item in items:
        if item == target:
            return item
    return None

print(find(["a", "b"], "a").upper())
print(find(["a", "b"], "z").upper())
