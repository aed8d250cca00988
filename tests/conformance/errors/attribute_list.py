# Uncaught AttributeError on a list.
print("program attribute_list")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
items = [3, 1, 2]
items.sort()
print(items)
items.foo()
