# except clauses match subclasses; order matters; tuples and bases.
hierarchy = [ZeroDivisionError, OverflowError, IndexError, KeyError, UnboundLocalError, FileNotFoundError, RecursionError, NotImplementedError]
for exc in hierarchy:
    try:
        raise exc("msg")
    except ArithmeticError:
        where = "ArithmeticError"
    except LookupError:
        where = "LookupError"
    except NameError:
        where = "NameError"
    except OSError:
        where = "OSError"
    except RuntimeError:
        where = "RuntimeError"
    print(exc.__name__, "->", where, [b.__name__ for b in exc.__mro__[1:-1]])
for exc in [StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit]:
    print(exc.__name__, issubclass(exc, Exception), issubclass(exc, BaseException))
try:
    raise KeyError("a")
except (TypeError, LookupError) as e:
    print("tuple matched", type(e).__name__)
