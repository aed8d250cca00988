# Bare raise re-raises the current exception.
def risky():
    try:
        return 1 // 0
    except ZeroDivisionError:
        print("logging then re-raising")
        raise

try:
    risky()
except ZeroDivisionError as e:
    print("outer got:", e, repr(e))

def convert(s):
    try:
        return int(s)
    except ValueError as e:
        print("bad value", repr(s), e.args)
        raise

for s in ["5", "x"]:
    try:
        print(convert(s))
    except ValueError:
        print("propagated")
try:
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise
        except KeyError as inner:
            print("inner", repr(inner))
            raise
except LookupError as e:
    print("final", repr(e))
