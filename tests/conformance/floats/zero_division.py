# Division by zero errors for ints and floats, caught and printed.
cases = [(1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0), (-5, 0)]
for a, b in cases:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("/", a, b, e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("//", a, b, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("%", a, b, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("divmod", a, b, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("pow", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("pow int", e)
