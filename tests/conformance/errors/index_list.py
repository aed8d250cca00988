# Uncaught IndexError on a list.
print("program index_list")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
items = ["a", "b", "c"]
for i in range(len(items)):
    print(i, items[i])
print("peeking past the end")
print(items[len(items)])
