# Uncaught IndexError on a string.
word = "wand"
for i in range(6):
    print(i, word[i])
