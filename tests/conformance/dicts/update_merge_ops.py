# dict.update from dicts, pairs and keywords; | and |= merge operators.
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ("a", 10)])
d.update(d=4)
print(d)
e = {"a": 0, "z": 26}
print(d | e, e | d, d)
d |= e
print(d)
d |= [("q", 17)]
print(d)
print(dict(a=1, b=2), dict([(1, "x")], y=2), dict({"k": "v"}), dict(zip("ab", range(2))))
try:
    d | [("x", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
