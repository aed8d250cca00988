# Uncaught AttributeError on a str.
print("program attribute_str")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
s = "hello"
print(s.upper())
print(s.push("!"))
