class Logged:
    def __init__(self):
        self.value = 5
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "method result"
    def __getattr__(self, name):
        return "fallback " + name
obj = Logged()
print(obj.value)
print(obj.method())
print(obj.missing)
class Strict:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
s = Strict()
s.secret_key = 1
s.open = 2
print(s.open)
try:
    s.secret_key
except AttributeError as e:
    print("AttributeError", e)
