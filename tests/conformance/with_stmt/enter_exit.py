# with calls __enter__ and __exit__, binds the enter result and sees exceptions.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Tracer("plain") as value:
    print("body", value)
with Tracer("quiet", suppress=True):
    raise ValueError("hidden")
print("after quiet")
try:
    with Tracer("loud"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", repr(e))
with Tracer("a") as a, Tracer("b") as b:
    print("both", a, b)
