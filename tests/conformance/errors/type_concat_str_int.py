# Uncaught TypeError concatenating str and int.
print("program type_concat_str_int")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
name = "answer"
value = 42
print("name:", name)
print("value:", value)
message = name + ": " + value
print(message)
