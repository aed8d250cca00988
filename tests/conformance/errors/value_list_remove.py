# Uncaught ValueError from list.remove.
queue = [3, 1, 4]
queue.remove(1)
print(queue)
queue.remove(9)
