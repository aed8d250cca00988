# Two parameters with the same name are a SyntaxError.
def area(width, height, width):
    return width * height

print(area(1, 2, 3))
