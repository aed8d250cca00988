# Uncaught user-defined exception with a message.
class InsufficientFunds(Exception):
    pass

balance = 100
for amount in [30, 50, 40]:
    print("withdrawing", amount, "from", balance)
    if amount > balance:
        raise InsufficientFunds("balance " + str(balance) + " < " + str(amount))
    balance -= amount
