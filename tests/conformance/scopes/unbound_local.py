# Assignment anywhere in a function makes a name local; reading it early raises UnboundLocalError.
x = 10

def reads_then_assigns():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return x

print(reads_then_assigns(), x)

def conditional(flag):
    if flag:
        y = "set"
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

print(conditional(True), conditional(False))

def deleted():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)

print(deleted())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
