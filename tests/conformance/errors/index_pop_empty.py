# Uncaught IndexError popping from an empty list.
stack = [1, 2]
print(stack.pop())
print(stack.pop())
print("stack empty:", stack)
stack.pop()
