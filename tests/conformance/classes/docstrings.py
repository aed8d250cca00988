# Docstrings of classes, methods, functions and lambdas; __doc__ is None without one.
class Shape:
    """A geometric shape."""

    def area(self):
        """Return the area."""
        return 0

    def perimeter(self):
        return 0

class Circle(Shape):
    pass

def helper():
    """Helps.

    Over several lines.
    """
    return 1

def plain():
    x = "not a docstring"
    return x

print(Shape.__doc__, Shape.area.__doc__, Shape().area.__doc__, Shape.perimeter.__doc__)
print(Circle.__doc__, repr(helper.__doc__), plain.__doc__, (lambda: 1).__doc__, object.__base__)
print(helper(), plain(), "__doc__" in vars(Shape), vars(Shape)["__doc__"])
