# Calling an instance method on the class without an instance misses self.
class Greeter:
    def greet(self, name):
        return "hi " + name

print(Greeter().greet("a"))
print(Greeter.greet("b"))
