# Subclasses of bytes: __new__ with extra state, indexing, slicing, concatenation, comparisons and errors.
class Blob(bytes):
    def __new__(cls, data, kind="raw"):
        self = super().__new__(cls, data)
        self.kind = kind
        return self

    def hexdump(self):
        return " ".join("%02x" % b for b in self)


b = Blob(b"\x01\xffA", kind="bin")
print(b, repr(b), b.kind, b.hexdump(), len(b), b[0], b[1:], type(b[1:]).__name__, b + b"!", type(b + b"!").__name__)
print(b == b"\x01\xffA", hash(b) == hash(b"\x01\xffA"), 65 in b, list(b), b * 2, isinstance(b, bytes))
print(bytes.__len__(b), b"ab".__add__(b"c"), Blob(3), Blob([104, 105]), sorted([Blob(b"b"), Blob(b"a")]))
try:
    b.__add__("x")
except TypeError as e:
    print("TypeError:", e)
for f in (lambda: b"a" + "x", lambda: b"a" + 5, lambda: b"a".__add__(5)):
    try:
        f()
    except TypeError as e:
        print(e)
