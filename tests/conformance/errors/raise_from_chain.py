# Uncaught exception raised from another one.
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("invalid port " + repr(text)) from e

print(parse_port("8080"))
print(parse_port("http"))
