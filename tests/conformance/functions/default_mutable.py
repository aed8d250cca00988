# Mutable default values are shared between calls; None defaults avoid that.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))

def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]

print(counter(), counter(), counter({}), counter())
print(len(append_to([])))
