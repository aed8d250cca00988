# Calling a class with the wrong number of arguments reports __init__'s signature.
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

print(Pair(1, 2).a)
Pair(1)
