# Attributes kept inside the instance until a dict is needed: order, more than eight,
# deletion, `__dict__` writes, dynamic names, method shadowing and caches that see both forms.


class A:
    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())


first, reversed_order, fewer, many = A("xyz"), A("zyx"), A("xy"), A("abcdefghijkl")
print(first.__dict__, reversed_order.__dict__, fewer.__dict__)
print(vars(many), many.l)
fewer.z = 5
print(fewer.__dict__, fewer.z)
del first.y
print(first.__dict__, hasattr(first, "y"))
first.y = 1
print(first.__dict__)
try:
    del first.w
except AttributeError as error:
    print("AttributeError:", error)

fresh = A("xyz")
fresh.__dict__["w"] = 9
print(fresh.w, fresh.__dict__)
fresh.__dict__.clear()
print(hasattr(fresh, "x"), fresh.__dict__)

dynamic = A("")
setattr(dynamic, "a" + "b", 3)
print(dynamic.ab, getattr(dynamic, "".join(["a", "b"])), dynamic.__dict__)


class Greeter:
    def greet(self):
        return "method"


greeter = Greeter()
for round_number in range(3):
    print(greeter.greet())
    if round_number == 1:
        greeter.greet = lambda: "instance attribute"
print(Greeter().greet())


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


points = [Point(i, -i) for i in range(5)]
points[2].__dict__  # one instance gets a dict; the caches must serve both kinds
points[3].z = 7
total = 0
for _ in range(3):
    for point in points:
        point.x += 1
        total += point.norm1()
print(total, [p.__dict__ for p in points])

odd = Point.__new__(Point)
odd.y = 2
odd.x = 1
print(odd.__dict__, odd.norm1())
