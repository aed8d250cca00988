# property with a deleter, and the errors for missing setters and deleters.
class Cache:
    def __init__(self):
        self._data = {"a": 1}

    @property
    def data(self):
        return dict(self._data)

    @data.setter
    def data(self, value):
        self._data = dict(value)

    @data.deleter
    def data(self):
        print("clearing")
        self._data = {}

    @property
    def size(self):
        return len(self._data)

c = Cache()
print(c.data, c.size)
c.data = {"x": 1, "y": 2}
print(c.data, c.size)
del c.data
print(c.data, c.size)
for action in ["set", "del"]:
    try:
        if action == "set":
            c.size = 3
        else:
            del c.size
    except AttributeError as e:
        print("AttributeError:", e)
