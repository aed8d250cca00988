# User-defined exception subclasses with and without __init__.
class AppError(Exception):
    pass

class NotFound(AppError):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field + ": " + problem)
        self.field = field

def lookup(key):
    if key == "bad":
        raise ValidationError("key", "must not be 'bad'")
    if key != "good":
        raise NotFound(key)
    return 42

for key in ["good", "bad", "other"]:
    try:
        print(lookup(key))
    except NotFound as e:
        print("not found:", e, repr(e), e.args)
    except AppError as e:
        print("app error:", e, e.field, e.args)
print(issubclass(NotFound, AppError), isinstance(NotFound("x"), Exception))
try:
    raise AppError
except AppError as e:
    print("raised class:", repr(e), e.args)
