# TypeError messages for bad calls, caught and printed.
def f(a, b):
    return a + b

def g(a, b=1, *, c):
    return a

nothing = None
five = 5
attempts = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, z=3),
    lambda: f(1, a=1),
    lambda: f(),
    lambda: g(1),
    lambda: g(1, 2, 3, c=1),
    lambda: len(1),
    lambda: len(),
    lambda: abs("x"),
    lambda: nothing(),
    lambda: five(),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
