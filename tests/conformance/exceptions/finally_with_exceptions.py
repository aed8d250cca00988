# finally blocks that raise, re-raise, or run during exception propagation through several frames.
trail = []

def level3():
    try:
        raise KeyError("deep")
    finally:
        trail.append("level3 finally")

def level2():
    try:
        level3()
    finally:
        trail.append("level2 finally")

def level1():
    try:
        level2()
    except KeyError as e:
        trail.append(f"level1 caught {e!r}")
        return "handled"
    finally:
        trail.append("level1 finally")

print(level1(), trail)

def replaced():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")

try:
    replaced()
except RuntimeError as e:
    print(e, type(e.__context__).__name__, e.__context__)
