# The value bound by as is __enter__'s return value, which need not be the manager itself.
class Opener:
    def __init__(self, text):
        self.text = text
        self.closed = False

    def __enter__(self):
        return self.text.splitlines()

    def __exit__(self, *args):
        self.closed = True


class SelfReturning:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return None

opener = Opener("line one\nline two\nline three")
with opener as lines:
    print(len(lines), lines[-1], opener.closed)
print(opener.closed)
with SelfReturning() as me:
    print(type(me).__name__)
with Opener("x") as (first,):
    print(first)
with Opener("a\nb") as [p, q]:
    print(p, q)
