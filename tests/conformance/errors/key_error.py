# Uncaught KeyError on a dict lookup.
ages = {"ann": 31, "bob": 27}
for name in ["ann", "bob"]:
    print(name, ages[name])
print("looking up carl")
print(ages["carl"])
