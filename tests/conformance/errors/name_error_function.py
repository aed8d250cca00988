# Uncaught NameError for an undefined function inside a function.
print("program name_error_function")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
def compute(x):
    print("computing", x)
    return undefined_scaler(x) + 1

print("start")
compute(5)
