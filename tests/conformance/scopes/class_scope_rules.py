# Class bodies have their own namespace: methods cannot see class attributes unqualified.
value = "global"

class Example:
    value = "class"
    doubled = value * 2
    items = [value for _ in range(2)]

    def method(self):
        return value

    def qualified(self):
        return self.value, Example.value

print(Example.doubled, Example.items, Example().method(), Example().qualified())

def factory():
    label = "enclosing"

    class Inner:
        seen = label

        def get(self):
            return label

    return Inner

Inner = factory()
print(Inner.seen, Inner().get(), Inner.__name__)
