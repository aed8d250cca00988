# abc: abstract methods, properties and class methods, partial implementations, ABCMeta, register().
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    def describe(self):
        return f"{self.name}: {self.area()} {self.unit()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"

    @classmethod
    def unit(cls):
        return "m2"


class Half(Shape):
    def area(self):
        return 0


print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC), type(Shape).__name__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return "base run"


class Echo(Plugin):
    def run(self):
        return "echo + " + super().run()


print(Echo().run(), isinstance(Echo(), Plugin), Plugin.__abstractmethods__ == frozenset({"run"}))


@Plugin.register
class Legacy:
    def run(self):
        return "legacy"


print(isinstance(Legacy(), Plugin), issubclass(Legacy, Plugin), Legacy.__name__, Plugin in Legacy.__mro__)


class Sub(Legacy):
    pass


print(isinstance(Sub(), Plugin), isinstance(object(), Plugin), issubclass(int, Plugin))
try:
    Plugin.register(5)
except TypeError as e:
    print("TypeError:", e)
