# Function decorators: wrapping, arguments, stacking and decorators with parameters.
def trace(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result}")
        return result
    return wrapper

def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

@trace
def add(a, b):
    return a + b

@repeat(3)
def shout(word):
    return word.upper()

@trace
@repeat(2)
def pair(x):
    return x * 2

add(2, 3)
print(shout("hi"), pair(5))
calls = []

def counted(func):
    def wrapper(n):
        calls.append(n)
        return func(n)
    return wrapper

@counted
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(5), calls)
