# Formatting errors and their messages.
tests = [("{}", ()), ("{0} {2}", ("a", "b")), ("{x}", ()), ("{:d}", ("s",)), ("{", ()), ("}", ())]
for fmt, args in tests:
    try:
        print(fmt.format(*args))
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e)
    except ValueError as e:
        print("ValueError:", e)
try:
    print("%s %s" % ("a",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(k)s" % {"j": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
