# Keyword arguments, keyword-only and positional-only parameters.
def describe(name, age, city="nowhere"):
    return f"{name} ({age}) from {city}"

print(describe("Ann", 30), describe(age=5, name="Kid"), describe("Bo", city="Oslo", age=44))

def kw_only(a, *, scale=1, offset=0):
    return a * scale + offset

print(kw_only(5), kw_only(5, scale=3), kw_only(5, offset=-1, scale=2))
try:
    kw_only(5, 3)
except TypeError as e:
    print("TypeError:", e)

def pos_only(a, b, /, c, *, d):
    return [a, b, c, d]

print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

def required_kw(*, key):
    return key

print(required_kw(key="k"))
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)
