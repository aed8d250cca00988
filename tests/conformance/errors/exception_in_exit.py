# An exception raised by __exit__ replaces the body's exception.
class Broken:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError("exit failed")

print("start")
with Broken():
    raise ValueError("body failed")
