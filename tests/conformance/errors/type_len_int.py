# Uncaught TypeError taking len() of an int.
print("program type_len_int")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
things = ["abc", [1, 2], {"k": 1}, 12345]
for t in things:
    print(repr(t), len(t))
