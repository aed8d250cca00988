# raise X from Y sets __cause__; implicit chaining sets __context__.
class ConfigError(Exception):
    pass

def load(value):
    try:
        return int(value)
    except ValueError as e:
        raise ConfigError("bad config: " + value) from e

try:
    load("abc")
except ConfigError as e:
    print("caught", e)
    print("cause", repr(e.__cause__))
    print("suppress", e.__suppress_context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("context", repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no chain") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
