# A dispatch table of functions stored in a dict.
def add(a, b):
    return a + b

def sub(a, b):
    return a - b

ops = {"+": add, "-": sub, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "max": max}
for sym in ops:
    print(sym, ops[sym](12, 4))
exprs = [("+", 1, 2), ("*", 3, 7), ("/", 1, 8), ("-", 0, 5), ("max", -1, -2)]
for sym, a, b in exprs:
    print(a, sym, b, "=", ops[sym](a, b))
print(ops.get("%", lambda a, b: "unsupported")(1, 2))
