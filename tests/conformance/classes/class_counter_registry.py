# Class-level registries populated by __init__ and class methods that inspect them.
class Plugin:
    registry = {}

    def __init__(self, name, priority=0):
        self.name = name
        self.priority = priority
        Plugin.registry[name] = self

    @classmethod
    def ordered(cls):
        return [p.name for p in sorted(cls.registry.values(), key=lambda p: (-p.priority, p.name))]

    @classmethod
    def get(cls, name):
        try:
            return cls.registry[name]
        except KeyError:
            raise LookupError(f"no plugin {name!r}") from None

    def __repr__(self):
        return f"<{self.name}:{self.priority}>"

for name, prio in [("cache", 2), ("auth", 5), ("log", 0), ("metrics", 2)]:
    Plugin(name, prio)
print(Plugin.ordered(), Plugin.get("auth"), len(Plugin.registry))
try:
    Plugin.get("missing")
except LookupError as e:
    print("LookupError:", e, e.__cause__, e.__suppress_context__)
Plugin("auth", -1)
print(Plugin.ordered(), Plugin.registry["auth"])
