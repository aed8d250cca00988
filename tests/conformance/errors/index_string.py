# Uncaught IndexError on a string.
print("program index_string")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
word = "wand"
for i in range(6):
    print(i, word[i])
