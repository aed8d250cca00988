# An uncaught exception raised from another prints the chain and ends with the last one.
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad setting {text!r}") from e

print(load("12"))
load("twelve")
