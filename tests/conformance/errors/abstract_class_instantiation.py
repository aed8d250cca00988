# Instantiating an abstract class raises TypeError naming its abstract methods.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


print(issubclass(Square, Shape), sorted(Square.__abstractmethods__))
Square(2)
