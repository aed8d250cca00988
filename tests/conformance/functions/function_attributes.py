# Functions are objects: names, defaults, attributes and identity.
def greet(name, greeting="hello"):
    return f"{greeting}, {name}"

print(greet.__name__, greet.__qualname__, greet("x"), greet("y", "hi"))

def outer():
    def inner():
        return 1
    return inner

fn = outer()
print(fn.__name__, fn.__qualname__, fn())
greet.calls = 0
greet.calls += 1
print(greet.calls, callable(greet), greet is greet, outer() is outer())
alias = greet
print(alias("z"), alias.__name__)
registry = []

def register(func):
    registry.append(func.__name__)
    return func

@register
def first():
    return "first"

@register
def second():
    return "second"

print(registry, first(), second())
