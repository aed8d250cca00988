# __call__ makes instances callable; bound methods are first-class values.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, value):
        self.calls += 1
        return value * self.factor

double = Multiplier(2)
triple = Multiplier(3)
print(double(5), triple(5), double("ab"), list(map(triple, [1, 2, 3])), double.calls, triple.calls)
print(callable(double), callable(5), callable(len), callable(Multiplier))

class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account()
dep = acct.deposit
print(dep(10), dep(5), acct.balance)
ops = [acct.deposit, double, abs, str.upper]
print([f(-3) if f is not str.upper else f("x") for f in ops])
print(sorted([3, -1, 2], key=Multiplier(-1)))
