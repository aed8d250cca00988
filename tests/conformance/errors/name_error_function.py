# Uncaught NameError for an undefined function inside a function.
def compute(x):
    print("computing", x)
    return undefined_scaler(x) + 1

print("start")
compute(5)
