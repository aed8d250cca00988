# Nested try blocks: inner handlers, re-raising, and which handler runs.
def risky(kind):
    if kind == "value":
        raise ValueError("v")
    if kind == "key":
        raise KeyError("k")
    if kind == "zero":
        return 1 // 0
    return "ok"

for kind in ["value", "key", "zero", "none"]:
    try:
        try:
            result = risky(kind)
        except ValueError as e:
            print(kind, "inner ValueError", e)
            raise
        except KeyError:
            print(kind, "inner KeyError, converting")
            raise RuntimeError("converted")
        else:
            print(kind, "inner else", result)
        finally:
            print(kind, "inner finally")
    except (ValueError, RuntimeError) as e:
        print(kind, "outer caught", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "outer arithmetic", type(e).__name__)
    else:
        print(kind, "outer else")
