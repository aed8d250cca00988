# collections.OrderedDict (move_to_end, popitem, order-sensitive equality) and ChainMap.
from collections import OrderedDict, ChainMap, UserDict, UserList

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.items()), od["a"], len(od))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x == {"a": 1, "b": 2}, list(reversed(x)))
print(OrderedDict(), OrderedDict.fromkeys("xyz", 0), x.copy(), type(x.copy()).__name__, x | {"c": 3})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    x.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)

defaults = {"color": "red", "user": "guest"}
overrides = {"user": "admin"}
cm = ChainMap(overrides, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm, cm.get("nope", "-"))
cm["theme"] = "dark"
print(overrides, cm.maps, cm)
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], dict(child) == {"user": "root", "color": "red", "theme": "dark"})
try:
    del cm["color"]
except KeyError as e:
    print("KeyError:", e)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
print(ld, ld.data, len(ld), "a" in ld, ld.get("b"), sorted(ld.keys()), ld.pop("c"), ld)

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, len(ul), ul + [9], 2 in ul, ul == [0, 1, 2, 3], ul.index(2))
