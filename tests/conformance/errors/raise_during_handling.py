# Uncaught exception raised while handling another.
print("program raise_during_handling")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
data = {"a": 1}
try:
    print(data["a"])
    print(data["b"])
except KeyError:
    print("handling missing key")
    raise ValueError("could not recover")
