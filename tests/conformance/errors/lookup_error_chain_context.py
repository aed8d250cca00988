# An error inside an except block chains to the one being handled.
data = {"a": 1}
try:
    data["b"]
except KeyError:
    print("handling missing key")
    int("not a number")
