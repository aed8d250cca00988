# __bool__ and __len__ drive truth tests, if statements, while loops and filter.
class Stack:
    def __init__(self, items=()):
        self.items = list(items)

    def push(self, item):
        self.items.append(item)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Stack({self.items})"

s = Stack([1, 2, 3])
drained = []
while s:
    drained.append(s.pop())
print(drained, s, bool(s), len(s), not s)

class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

switches = [Switch(True), Switch(False), Switch(True)]
print([bool(w) for w in switches], len(list(filter(None, switches))), any(switches), all(switches))
print("on" if Switch(True) else "off", "on" if Switch(False) else "off", Switch(False) or "fallback")
