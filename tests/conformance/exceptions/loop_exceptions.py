# Exceptions inside loops with continue, break and else.
data = ["10", "x", "30", "", "5", "stop", "7"]
total = 0
bad = []
for item in data:
    try:
        if item == "stop":
            break
        total += int(item)
    except ValueError:
        bad.append(item)
        continue
    finally:
        print("checked", repr(item))
else:
    print("no stop")
print(total, bad)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise TimeoutError("retry %d" % attempts)
        print("succeeded after", attempts)
        break
    except TimeoutError as e:
        print("failed:", e)
