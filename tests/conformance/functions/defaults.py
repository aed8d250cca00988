# Default arguments, including the mutable default gotcha.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))
counter = 10
def snapshot(value=counter):
    return value
counter = 20
print(snapshot(), snapshot(5), counter)

def many(a, b=2, c=3, d=4):
    return (a, b, c, d)

print(many(1), many(1, 20), many(1, d=40), many(1, 2, 3, 4), many(d=0, a=9))
