# Uncaught ValueError from list.remove.
print("program value_list_remove")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
queue = [3, 1, 4]
queue.remove(1)
print(queue)
queue.remove(9)
