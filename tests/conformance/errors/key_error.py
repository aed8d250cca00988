# Uncaught KeyError on a dict lookup.
print("program key_error")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
ages = {"ann": 31, "bob": 27}
for name in ["ann", "bob"]:
    print(name, ages[name])
print("looking up carl")
print(ages["carl"])
