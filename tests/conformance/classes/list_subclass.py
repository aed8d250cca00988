# Subclasses of list: inherited behaviour, added methods, and list.__init__ through super().
class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        return self[-1] if self else None

class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def insert_sorted(self, item):
        index = 0
        while index < len(self) and self[index] < item:
            index += 1
        self.insert(index, item)

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s.pop(), s, type(s).__name__, isinstance(s, list), Stack().peek(), Stack("ab"))
print(s + [9], s * 2, s == [1, 2, 3], sorted(s, reverse=True), [x * 10 for x in s], 2 in s)
o = Sorted([5, 3, 9, 1])
o.insert_sorted(4)
o.insert_sorted(10)
print(o, o[0], o[-1], o[1:3], len(o), Sorted())
try:
    Stack(1, 2)
except TypeError as e:
    print("TypeError:", e)
