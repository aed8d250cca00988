# The `as` name is deleted after the except block.
try:
    1 / 0
except ZeroDivisionError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as n:
    print("e was unbound:", n)
saved = None
try:
    [].pop()
except IndexError as exc:
    saved = exc
print("saved:", repr(saved))
