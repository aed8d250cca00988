# A small banking model with classes, inheritance, properties, exceptions and reports.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f}")
        self.shortfall = amount - account.balance


class Account:
    rate = 0.0
    opened = 0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]
        Account.opened += 1

    @property
    def balance(self):
        return round(self._balance, 2)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def month_end(self):
        interest = self._balance * self.rate / 12
        self._balance += interest
        return interest

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"

    def __lt__(self, other):
        return self.balance < other.balance


class Savings(Account):
    rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("only two withdrawals per month")
        return super().withdraw(amount)


class Checking(Account):
    fee = 1.5

    def withdraw(self, amount):
        super().withdraw(amount + self.fee)
        return self


accounts = [Savings("ada", 1000), Checking("bob", 50), Account("cy"), Savings("dee", 10)]
operations = [
    ("ada", "withdraw", 100), ("ada", "withdraw", 50), ("ada", "withdraw", 10),
    ("bob", "withdraw", 49), ("bob", "deposit", 20), ("cy", "deposit", -5),
    ("cy", "deposit", 75.25), ("dee", "withdraw", 11), ("bob", "withdraw", 10),
]
by_owner = {a.owner: a for a in accounts}
for owner, action, amount in operations:
    account = by_owner[owner]
    try:
        getattr(account, action)(amount)
        print(f"{owner:>4} {action:<8} {amount:>7.2f} -> {account.balance:>8.2f}")
    except InsufficientFunds as e:
        print(f"{owner:>4} refused: {e} (short {e.shortfall:.2f})")
    except (ValueError, PermissionError) as e:
        print(f"{owner:>4} {type(e).__name__}: {e}")
for account in accounts:
    print(account, f"interest {account.month_end():.4f}", len(account.history))
print(sorted(accounts), max(accounts).owner, Account.opened)
print({a.owner: [h[0] for h in a.history] for a in accounts})
