# Exceptions inside loops with continue/break in handlers.
values = ["1", "2", "x", "4", "", "6", "stop", "8"]
total = 0
for v in values:
    try:
        if v == "stop":
            break
        total += int(v)
    except ValueError:
        print("skipping", repr(v))
        continue
    finally:
        print("seen", repr(v))
    print("running total", total)
print("total", total)
attempt = 0
while True:
    attempt += 1
    try:
        if attempt < 3:
            raise RuntimeError("attempt " + str(attempt) + " failed")
        print("succeeded on attempt", attempt)
        break
    except RuntimeError as e:
        print(e)
