# Uncaught IndexError popping from an empty list.
print("program index_pop_empty")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
stack = [1, 2]
print(stack.pop())
print(stack.pop())
print("stack empty:", stack)
stack.pop()
