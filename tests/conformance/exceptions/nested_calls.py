# Exceptions raised deep in a call chain and caught outside.
def level3(x):
    print("level3", x)
    if x > 2:
        raise ValueError("too big: " + str(x))
    return x * 3

def level2(x):
    print("level2", x)
    return level3(x + 1) + 1

def level1(x):
    print("level1", x)
    try:
        return level2(x * 2)
    finally:
        print("level1 cleanup")

for x in [0, 1, 5]:
    try:
        print("result", level1(x))
    except ValueError as e:
        print("caught at top:", e)
def recurse(n):
    if n == 0:
        raise IndexError("bottom")
    return recurse(n - 1)
try:
    recurse(50)
except IndexError as e:
    print("from depth:", e)
