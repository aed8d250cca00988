# Uncaught exception raised while handling another.
data = {"a": 1}
try:
    print(data["a"])
    print(data["b"])
except KeyError:
    print("handling missing key")
    raise ValueError("could not recover")
