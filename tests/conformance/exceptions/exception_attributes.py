# args, str, repr and custom attributes of exceptions.
e = ValueError("bad", 42)
print(e.args, str(e), repr(e), len(e.args))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(IndexError()))
print(str(Exception()), repr(Exception("one")), str(Exception("a", "b")))

class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

try:
    raise AppError(404, "not found")
except AppError as err:
    print(err, err.code, err.args, repr(err), isinstance(err, Exception))

class Plain(Exception):
    pass

p = Plain("x", 1)
print(p, repr(p), p.args, type(p).__name__, type(p).__mro__[1].__name__)
print(str(ZeroDivisionError("division by zero")), ArithmeticError.__name__)
