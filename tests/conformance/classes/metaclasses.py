# Metaclasses: class creation through __new__ and __init__, metaclass methods, __call__, type(), checks.
class Registry(type):
    classes = []

    def __new__(mcls, name, bases, namespace):
        namespace["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes.append(name)
        return cls

    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        cls.initialized = True

    def describe(cls):
        return f"{cls.__name__}<{cls.tag}>"


class Plugin(metaclass=Registry):
    def run(self):
        return "run " + self.tag


class Audio(Plugin):
    pass


print(Registry.classes, Audio.tag, Audio().run(), Audio.describe(), Audio.initialized)
print(type(Audio).__name__, isinstance(Audio, Registry), isinstance(Audio(), Plugin), type(Audio()) is Audio)


class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*args, **kwargs)
        return cls.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class EvenCheck(type):
    def __instancecheck__(cls, instance):
        return isinstance(instance, int) and instance % 2 == 0

    def __subclasscheck__(cls, subclass):
        return subclass is bool


class Even(metaclass=EvenCheck):
    pass


print(isinstance(4, Even), isinstance(3, Even), isinstance("4", Even), issubclass(bool, Even), issubclass(int, Even))
print(isinstance(4, (str, Even)), issubclass(bool, (str, Even)))

Dynamic = type("Dynamic", (Plugin,), {"x": 5, "double": lambda self: self.x * 2})
print(Dynamic.__name__, Dynamic().double(), Dynamic.tag, type(Dynamic).__name__, Dynamic.__bases__[0].__name__)
Plain = type("Plain", (), {"__slots__": ()})
print(Plain.__name__, Plain.__mro__[-1].__name__, type(Plain).__name__, type(5).__name__)


class Base:
    def __new__(cls, *args):
        instance = super().__new__(cls)
        instance.created_with = args
        return instance


class Child(Base):
    def __new__(cls, value):
        return super().__new__(cls, value, "child")

    def __init__(self, value):
        self.value = value


c = Child(7)
print(c.created_with, c.value, type(c).__name__)
