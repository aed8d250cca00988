# Bank account simulation with dicts, validation and custom exceptions.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"account {account} is short by {needed}")
        self.needed = needed


accounts = {}
history = []


def open_account(name, initial=0):
    if name in accounts:
        raise BankError("duplicate account " + name)
    accounts[name] = initial
    history.append(("open", name, initial))


def deposit(name, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive")
    accounts[name] += amount
    history.append(("deposit", name, amount))


def withdraw(name, amount):
    balance = accounts[name]
    if amount > balance:
        raise InsufficientFunds(name, amount - balance)
    accounts[name] = balance - amount
    history.append(("withdraw", name, amount))


def transfer(source, target, amount):
    withdraw(source, amount)
    try:
        deposit(target, amount)
    except KeyError:
        deposit(source, amount)
        raise


operations = [
    ("open", "alice", 100), ("open", "bob", 50), ("open", "alice", 5),
    ("deposit", "bob", 25), ("withdraw", "alice", 30), ("withdraw", "bob", 500),
    ("transfer", "alice", "bob", 20), ("deposit", "carol", 10), ("transfer", "bob", "zed", 5),
    ("deposit", "alice", -3), ("open", "carol", 0), ("transfer", "bob", "carol", 95),
]
for op in operations:
    kind = op[0]
    try:
        if kind == "open":
            open_account(op[1], op[2])
        elif kind == "deposit":
            deposit(op[1], op[2])
        elif kind == "withdraw":
            withdraw(op[1], op[2])
        else:
            transfer(op[1], op[2], op[3])
        print(f"{kind:<9} ok      {accounts}")
    except InsufficientFunds as e:
        print(f"{kind:<9} refused {e} (needed {e.needed})")
    except BankError as e:
        print(f"{kind:<9} bank    {e}")
    except KeyError as e:
        print(f"{kind:<9} unknown account {e}")
    except ValueError as e:
        print(f"{kind:<9} invalid {e}")
print()
print("final balances:")
for name in sorted(accounts):
    print(f"  {name:<6}{accounts[name]:>8.2f}")
print("total", sum(accounts.values()))
print("history:", len(history))
for entry in history:
    print(" ", *entry)
