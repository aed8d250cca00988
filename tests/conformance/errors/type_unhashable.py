# Uncaught TypeError using a list as a dict key.
seen = {}
for key in [1, "a", (2, 3)]:
    seen[key] = True
    print(seen)
seen[[4]] = True
