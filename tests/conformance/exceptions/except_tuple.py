# except with a tuple of types and multiple except clauses.
def parse(text):
    try:
        parts = text.split(",")
        return int(parts[0]) / int(parts[1])
    except (ValueError, IndexError) as e:
        print("bad input", repr(text), type(e) is ValueError, e)
    except ZeroDivisionError:
        print("zero divisor in", repr(text))
    return None

for t in ["10,2", "10", "a,b", "5,0", "9,3,1"]:
    print(t, "->", parse(t))
errors = (KeyError, TypeError)
try:
    None + 1
except errors as e:
    print("caught via variable tuple:", e)
