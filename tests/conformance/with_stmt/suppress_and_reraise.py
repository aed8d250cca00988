# __exit__ decides: suppress some exception types, let others propagate, or raise its own.
class Ignore:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        self.seen = exc_type.__name__
        return issubclass(exc_type, self.types)

for error in [ValueError("v"), ZeroDivisionError("z"), KeyError("k"), None]:
    manager = Ignore(ValueError, ArithmeticError)
    try:
        with manager:
            if error is not None:
                raise error
            print("no error")
        print("suppressed or clean:", getattr(manager, "seen", "-"))
    except Exception as e:
        print("propagated", type(e).__name__, getattr(manager, "seen", "-"))

class Translate:
    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            raise LookupError("translated") from exc
        return False

try:
    with Translate():
        {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
