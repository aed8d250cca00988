# __getattr__ is called only for missing attributes; __setattr__ intercepts every assignment.
class Record:
    def __init__(self, **fields):
        self.fields = fields

    def __getattr__(self, name):
        if name in self.fields:
            return self.fields[name]
        raise AttributeError(f"no field {name!r}")

r = Record(a=1, b="two")
print(r.a, r.b, r.fields, getattr(r, "c", "default"), hasattr(r, "b"), hasattr(r, "zz"))
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)

class Audited:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(f"{name}={value!r}")
        object.__setattr__(self, name, value)

x = Audited()
x.a = 1
x.b = [2]
x.a = "changed"
print(x.a, x.b, x.log)
