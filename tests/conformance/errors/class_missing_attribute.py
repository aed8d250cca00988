# An instance attribute that was never set ends the program with AttributeError.
class Box:
    def __init__(self):
        self.width = 3

b = Box()
print("width", b.width)
print("height", b.height)
