# __init_subclass__ with class keywords, through super(), and with metaclasses passing keywords on.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


class Pretty(Json, name="pretty-json"):
    pass


print(sorted(Plugin.registry), Csv.plugin_name, Json.plugin_name, Pretty.plugin_name, Plugin.registry["csv"] is Csv)
print(type(Plugin.__dict__["__init_subclass__"]).__name__, hasattr(Plugin, "plugin_name"))


class Meta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        namespace["made_by"] = "Meta"
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)


class Tracked(metaclass=Meta):
    seen = []

    def __init_subclass__(cls, level=0):
        Tracked.seen.append((cls.__name__, level, cls.made_by))


class Low(Tracked, level=1):
    pass


class High(Low, level=5):
    pass


print(Tracked.seen)
try:
    class Bad(Csv, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
