# Uncaught TypeError concatenating str and int.
name = "answer"
value = 42
print("name:", name)
print("value:", value)
message = name + ": " + value
print(message)
