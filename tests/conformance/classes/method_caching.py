class Shape:
    def area(self):
        return 0
    def describe(self):
        return type(self).__name__ + " " + str(self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r

shapes = [Square(2), Circle(1), Square(3), Shape()]
for round_number in range(3):
    print([s.describe() for s in shapes], [s.area() for s in shapes])
odd = Square(5)
odd.area = lambda: "instance attribute wins"
print([s.area() for s in [Square(1), odd, Square(2)]])
def new_area(self):
    return -1
for i in range(2):
    print([s.area() for s in shapes])
    Square.area = new_area
del Square.area
print([s.area() for s in shapes])
class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return Counter.count
c = Counter()
print([c.bump() for _ in range(5)])
