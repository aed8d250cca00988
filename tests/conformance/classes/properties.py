# property with getter, setter and deleter, and validation in the setter.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
try:
    t.nothing = 1
    print(t.nothing)
    del t.nothing
    print(hasattr(t, "nothing"))
except AttributeError as e:
    print("AttributeError:", e)

class Area:
    def __init__(self, w, h):
        self.w, self.h = w, h

    area = property(lambda self: self.w * self.h)

a = Area(3, 4)
print(a.area)
a.w = 10
print(a.area)
