# Class attributes vs instance attributes, shared mutable defaults and shadowing.
class Registry:
    items = []
    count = 0

    def add(self, item):
        self.items.append(item)
        self.count += 1

a = Registry()
b = Registry()
a.add("x")
b.add("y")
b.add("z")
print(a.items, b.items, a.items is b.items, a.count, b.count, Registry.count)
del b.count
print(b.count)

class Config:
    debug = False
    level = 1

    def show(self):
        return (self.debug, self.level)

c = Config()
print(c.show())
c.debug = True
print(c.show(), Config.debug, Config().show())
Config.level = 9
print(c.show(), Config().show())
print([k in vars(Config) for k in ["debug", "level", "show", "nope"]])
