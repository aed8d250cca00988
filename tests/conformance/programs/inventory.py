# Inventory management: nested dicts, sorting by several keys, restocking rules.
inventory = {
    "apple": {"qty": 50, "price": 0.5, "tags": ["fruit", "red"]},
    "banana": {"qty": 0, "price": 0.25, "tags": ["fruit"]},
    "carrot": {"qty": 12, "price": 0.1, "tags": ["vegetable"]},
    "donut": {"qty": 6, "price": 1.75, "tags": ["bakery", "sweet"]},
    "eggs": {"qty": 30, "price": 0.2, "tags": ["dairy"]},
}
orders = [("apple", 20), ("banana", 5), ("donut", 6), ("eggs", 31), ("fig", 1), ("carrot", 12), ("apple", 40)]


def fulfil(name, quantity):
    if name not in inventory:
        return "unknown item"
    item = inventory[name]
    if item["qty"] < quantity:
        return f"only {item['qty']} left"
    item["qty"] -= quantity
    return f"shipped {quantity} for {quantity * item['price']:.2f}"


for name, quantity in orders:
    print(f"{name:<7} x{quantity:<3} {fulfil(name, quantity)}")
print()
restock = []
for name, item in inventory.items():
    if item["qty"] < 10:
        restock.append((item["qty"], name))
restock.sort()
print("restock:", restock)
for qty, name in restock:
    inventory[name]["qty"] += 25
value = 0.0
for name in sorted(inventory, key=lambda n: (-inventory[n]["qty"], n)):
    item = inventory[name]
    worth = item["qty"] * item["price"]
    value += worth
    print(f"{name:<8}{item['qty']:>4}{item['price']:>7.2f}{worth:>8.2f}  {', '.join(item['tags'])}")
print(f"total value {value:.2f}")
tag_index = {}
for name, item in inventory.items():
    for tag in item["tags"]:
        tag_index.setdefault(tag, []).append(name)
for tag in sorted(tag_index):
    print(tag, "->", tag_index[tag])
cheapest = min(inventory.items(), key=lambda kv: kv[1]["price"])
print("cheapest:", cheapest[0], cheapest[1]["price"])
