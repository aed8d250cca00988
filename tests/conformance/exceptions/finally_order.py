# Ordering of nested finally blocks during propagation.
def a():
    try:
        print("a start")
        b()
        print("a unreachable")
    finally:
        print("a finally")

def b():
    try:
        print("b start")
        c()
    except KeyError:
        print("b wrong handler")
    finally:
        print("b finally")

def c():
    try:
        print("c raises")
        raise ValueError("from c")
    finally:
        print("c finally")

try:
    a()
except ValueError as e:
    print("top caught", e)
finally:
    print("top finally")
print("done")
