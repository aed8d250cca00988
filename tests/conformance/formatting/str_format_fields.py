# str.format: automatic, numbered and named fields, attribute and index lookup, conversions.
class P:
    def __init__(self):
        self.x = 1
        self.items = [10, 20]

p = P()
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}{1}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=3), "{0[1]} {0[0]}".format(["zero", "one"]))
print("{p.x} {p.items[1]} {d[key]} {d[0]}".format(p=p, d={"key": "v", 0: "int-key"}))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{:>5}|{:<5}|".format("r", "l"))
print("{0:{1}.{2}f}".format(3.14159, 10, 2), "{:{}{}}".format(7, ">", 4))
print("{{}} {{{}}}".format(5), "{}".format({"a": 1}), "{}".format([1, "2"]), "{}".format(None))
for bad in ["{0} {}", "{} {0}", "{x", "{0!z}", "{:d}"]:
    try:
        print(bad.format("s"))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
