# tuple.__new__ of a subclass takes at most one iterable argument.
class Pair(tuple):
    pass


print(Pair([1, 2]), Pair())
Pair(1, 2)
