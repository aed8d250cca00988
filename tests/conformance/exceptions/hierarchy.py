# Catching exceptions through their base classes.
def trigger(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "value":
        return int("x")
    if kind == "type":
        return 1 + "a"
    if kind == "overflow":
        return 2.0 ** 10000
    return "ok"

for kind in ["zero", "key", "index", "value", "type", "overflow", "none"]:
    try:
        print(trigger(kind))
    except ArithmeticError as e:
        print(kind, "ArithmeticError", e)
    except LookupError as e:
        print(kind, "LookupError", repr(e))
    except Exception as e:
        print(kind, "Exception", e)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(IndexError, Exception), issubclass(Exception, BaseException), issubclass(KeyError, IndexError))
print(isinstance(KeyError("x"), LookupError), isinstance(ValueError(), ArithmeticError))
