# Single inheritance, method overriding and super() calls through several levels.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name
        self.log = ["Animal.__init__"]

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return "animal " + self.name

class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
        self.log.append("Dog.__init__")

    def describe(self):
        return "dog, " + super().describe()

class Puppy(Dog):
    def speak(self):
        return super().speak().upper() + "!"

    def describe(self):
        return "puppy, " + super().describe()

for pet in [Animal("generic"), Dog("Rex", ["sit"]), Puppy("Bit")]:
    print(pet.speak(), "|", pet.describe(), "|", pet.log)
p = Puppy("Max", ("roll", "beg"))
print(p.tricks, isinstance(p, Dog), isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(type(p).__name__, Puppy.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
print(Dog.speak(p), Animal.describe(p))
