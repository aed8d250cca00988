# Instances of dict subclasses are unhashable like dicts, named by their class.
class Config(dict):
    pass


cache = {}
key = Config(a=1)
print(key, len(cache))
cache[key] = "value"
