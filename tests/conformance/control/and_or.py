# and / or return operands; not returns bool; short-circuit.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0, [] and "never")
print("a" and "b" and "c", "a" and 0 and "c", 0 or "" or "last", not "x", not None)
def loud(v):
    print("called", v)
    return v
print(loud(0) and loud(1))
print(loud(1) and loud(2))
print(loud(0) or loud(3))
print(loud(4) or loud(5))
name = ""
print(name or "anonymous")
count = None
print(count is None and "missing" or "present")
x = 5
print(x > 3 and x < 10, x > 3 and x > 10 or "fallback")
print(not (x == 5), not x == 5, (not x) == 5)
