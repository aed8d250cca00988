# Defining __eq__ without __hash__ makes instances unhashable; __hash__ restores it.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

class HashableMoney(Money):
    def __hash__(self):
        return hash(self.cents)

print(Money(5) == Money(5), Money(5) != Money(6), Money(5) == 5, Money(1) in [Money(1)])
try:
    {Money(5)}
except TypeError as e:
    print("TypeError:", e)
print(len({HashableMoney(5), HashableMoney(5), HashableMoney(7)}), {HashableMoney(3): "x"}[HashableMoney(3)])

class Identity:
    pass

a, b = Identity(), Identity()
print(a == a, a == b, a != b, len({a, b, a}), hash(a) == hash(a))
