# A hierarchy of exception classes with extra state, caught at different levels.
class AppError(Exception):
    code = 1

    def describe(self):
        return f"{type(self).__name__}[{self.code}]: {self}"

class InputError(AppError):
    code = 2

class MissingField(InputError):
    code = 3

    def __init__(self, field):
        super().__init__(f"field {field!r} is required")
        self.field = field

class StorageError(AppError):
    code = 10

def process(record):
    if not isinstance(record, dict):
        raise InputError(f"expected dict, got {type(record).__name__}")
    for field in ("id", "name"):
        if field not in record:
            raise MissingField(field)
    if record["id"] < 0:
        raise StorageError("negative ids cannot be stored")
    return f"stored {record['name']}"

for record in [{"id": 1, "name": "a"}, {"id": 2}, [1], {"id": -1, "name": "b"}, {"name": "c"}]:
    try:
        print(process(record))
    except MissingField as e:
        print("missing:", e.field, e.describe())
    except InputError as e:
        print("input:", e.describe())
    except AppError as e:
        print("app:", e.describe(), isinstance(e, StorageError))
print([c.__name__ for c in MissingField.__mro__])
