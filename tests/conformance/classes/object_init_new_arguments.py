# object.__init__ and object.__new__ reject extra arguments unless the other one is overridden.
class TakesInit:
    def __init__(self, x):
        super().__init__()
        self.x = x


class TakesNew:
    def __new__(cls, x):
        instance = super().__new__(cls)
        instance.x = x
        return instance


class PassesOn:
    def __init__(self, x):
        super().__init__(x)


class NewPassesOn:
    def __new__(cls, x):
        return super().__new__(cls, x)


class Plain:
    pass


class Meta(type):
    def __init__(cls, *args):
        super().__init__(*args)


print(TakesInit(1).x, TakesNew(2).x, object.__new__(TakesInit).__class__.__name__)
tests = [lambda: PassesOn(1), lambda: NewPassesOn(1), lambda: Plain(1), lambda: Plain(a=1),
         lambda: object.__init__(Plain(), 1), lambda: object.__new__(Plain, 1), lambda: type(object.__new__(TakesInit, 1)).__name__,
         lambda: object.__init__(TakesNew(3), 1), lambda: Meta("X", (), {}).__name__, lambda: type.__init__(Plain, 1, 2),
         lambda: type.__init__(Plain, "X", (), {})]
for test in tests:
    try:
        print(test())
    except TypeError as e:
        print("TypeError:", e)
