# Choosing handlers by exception type in a dispatcher, with else and finally bookkeeping.
def parse(value):
    if value is None:
        raise TypeError("no value")
    if isinstance(value, str) and not value.strip():
        raise ValueError("blank")
    return int(value)

stats = {"ok": 0, "type": 0, "value": 0, "finally": 0}
results = []
for raw in ["5", None, " ", "x7", 8, "12", 3.9]:
    try:
        n = parse(raw)
    except TypeError as e:
        stats["type"] += 1
        results.append(f"T:{e}")
    except ValueError as e:
        stats["value"] += 1
        results.append(f"V:{str(e)[:20]}")
    else:
        stats["ok"] += 1
        results.append(n)
    finally:
        stats["finally"] += 1
print(results)
print(stats)
