# Multiple inheritance: the MRO and cooperative super() calls.
class Base:
    def hello(self):
        return ["Base"]

class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()

print(Child().hello())
print([k.__name__ for k in Child.__mro__])
print(Left().hello(), Right().hello())

class Mixin:
    def tag(self):
        return "<" + self.label() + ">"

class Thing:
    def label(self):
        return "thing"

class Tagged(Mixin, Thing):
    pass

t = Tagged()
print(t.tag(), isinstance(t, Mixin), isinstance(t, Thing), [k.__name__ for k in Tagged.__mro__])
