# A small long-running service to attach a debugger to: `wand run examples/orders.py`, then
# `wand debug --pid <its pid>`. It processes an order every half second for ten minutes.
import time


class Order:
    def __init__(self, number, items):
        self.number = number
        self.items = items

    def total(self):
        amount = 0
        for price, quantity in self.items:
            amount += price * quantity
        return amount


def process(order, ledger):
    amount = order.total()
    ledger[order.number] = amount
    return amount


ledger = {}
revenue = 0
for number in range(1200):
    order = Order(number, [(3, number % 4 + 1), (5, 2)])
    revenue += process(order, ledger)
    if number % 20 == 0:
        print("processed", number + 1, "orders, revenue", revenue, flush=True)
    time.sleep(0.5)
