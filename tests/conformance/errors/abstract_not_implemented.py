# A base-class method that raises NotImplementedError, reached through a subclass.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

class Blob(Shape):
    pass

for shape in [Square(3), Blob()]:
    print(type(shape).__name__, shape.area())
