# vars() and __dict__ of instances, dynamic attributes, and class vs instance __dict__.
class Config:
    version = 3

    def __init__(self, **options):
        for key, value in options.items():
            setattr(self, key, value)

c = Config(debug=True, level=2)
print(vars(c), c.__dict__ is vars(c), sorted(vars(c)))
c.extra = [1]
c.__dict__["direct"] = "yes"
print(c.direct, sorted(c.__dict__), "version" in vars(c), "version" in vars(Config))
del c.level
print(vars(c), hasattr(c, "level"), getattr(c, "version"))
for name in ["debug", "extra", "missing"]:
    print(name, getattr(c, name, None))
