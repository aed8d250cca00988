# Truth values of every built-in type and of classes with __bool__ or __len__.
values = [0, 1, -1, 0.0, -0.0, 0.1, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, range(0), range(1), 2 ** 100, float("nan")]
print([bool(v) for v in values])

class Empty:
    def __len__(self):
        return 0

class Falsy:
    def __bool__(self):
        return False

class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0

class Plain:
    pass

for obj in [Empty(), Falsy(), Both(), Plain()]:
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy", not obj)
print(0 or "", 0 or [] or "last", 1 and 2 and 3, 1 and 0 and 3, None or 0, [] and 1)
