# An inventory system with classes, class methods, sorting, reports and validation errors.
class Item:
    _next_id = 1

    def __init__(self, name, price, qty=0, tags=()):
        if price < 0:
            raise ValueError(f"negative price for {name}")
        self.id = Item._next_id
        Item._next_id += 1
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)

    @classmethod
    def parse(cls, line):
        name, price, qty, *tags = [part.strip() for part in line.split(",")]
        return cls(name, float(price), int(qty), tags)

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"#{self.id} {self.name} x{self.qty} @ {self.price:.2f}"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item

    def remove(self, name, qty):
        item = self.items[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]

    def report(self, key="name"):
        return sorted(self.items.values(), key=lambda i: getattr(i, key))

    def total(self):
        return sum([i.value for i in self.items.values()])


inv = Inventory()
lines = ["bolt, 0.10, 500, metal, small", "nut, 0.05, 800, metal", "gear, 4.50, 20", "belt, 12.00, 3, rubber",
         "bolt, 0.10, 100", "spring, -1, 5", "chain, 7.25, x"]
for line in lines:
    try:
        inv.add(Item.parse(line))
    except ValueError as e:
        print("rejected:", e)
for name, qty in [("bolt", 550), ("belt", 3), ("gear", 50), ("widget", 1)]:
    try:
        inv.remove(name, qty)
        print("removed", qty, name)
    except ValueError as e:
        print("cannot remove:", e)
    except KeyError as e:
        print("unknown item:", e)
print(inv.report())
print(inv.report("value"))
print(f"{inv.total():.2f}", sorted({t for i in inv.items.values() for t in i.tags}), Item._next_id)
