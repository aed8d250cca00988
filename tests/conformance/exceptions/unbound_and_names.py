# NameError and UnboundLocalError messages, caught.
def uses_later():
    try:
        print(value)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    value = 1
    return value

print(uses_later())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
def nested():
    try:
        return missing_function(1)
    except NameError as e:
        return "caught " + str(e)
print(nested())
print(issubclass(UnboundLocalError, NameError))
total = 0
def bad_increment():
    total += 1
try:
    bad_increment()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
