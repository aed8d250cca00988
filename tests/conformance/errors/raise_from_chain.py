# Uncaught exception raised from another one.
print("program raise_from_chain")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("invalid port " + repr(text)) from e

print(parse_port("8080"))
print(parse_port("http"))
