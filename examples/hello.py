# A tour of the language wand runs: `wand run examples/hello.py` prints exactly what CPython 3.11 prints.
import math
import sys


def greet(name, greeting="Hello", *, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def describe(*args, **kwargs):
    parts = []
    for value in args:
        parts.append(repr(value))
    for key, value in sorted(kwargs.items()):
        parts.append("%s=%r" % (key, value))
    return "describe(" + ", ".join(parts) + ")"


class InsufficientFunds(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"cannot withdraw {amount} from {balance}")
    return balance - amount


print(greet("wand"))
print(greet("world", greeting="Goodbye", punctuation="."))

print("-- closures")
counter = make_counter(10)
counter()
counter(5)
print("counter is at", counter())
adders = []
for n in range(3):
    adders.append(lambda x, n=n: x + n)
print("adders:", list(map(lambda add: add(100), adders)))

print("-- big integers")
big = factorial(30)
print("30! =", big)
print("30! has", len(str(big)), "digits; hex", hex(big))
print("2**100 // 3**20 =", 2 ** 100 // 3 ** 20, "remainder", 2 ** 100 % 3 ** 20)
print("divmod(-17, 5) =", divmod(-17, 5))

print("-- floats")
print("0.1 + 0.2 =", 0.1 + 0.2)
print("sqrt(2) = %.6f, pi = %r" % (math.sqrt(2), math.pi))
print("1e300 * 1e10 =", 1e300 * 1e10, "| round(2.675, 2) =", round(2.675, 2))
print(f"{1234567.891:,.2f} {0.000123:e} {7 / 2:>8.3f}|")

print("-- strings")
text = "The quick brown fox jumps over the lazy dog"
words = text.split()
print(len(words), "words, longest:", max(words, key=len))
print(text[::-1][:9], "|", text.upper()[4:9], "|", "-".join(reversed(words[:3])))
print("{0:^11}|{1:<6}|{2:06.2f}".format("centred", "left", 3.14159))
print(repr('quotes " and \' and \n newline'))

print("-- dicts")
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters.items(), key=lambda item: (-item[1], item[0]))[:3]
print("most common letters:", common)
inventory = {"apples": 3, "pears": 0}
inventory.update(plums=7)
inventory["apples"] += 2
inventory.pop("pears")
print(inventory, "| keys:", list(inventory), "| total:", sum(inventory.values()))
print(describe(1, "two", 3.0, [4], flag=True, size=None))

print("-- exceptions")
balance = 100
for amount in [30, 50, 40]:
    try:
        balance = withdraw(balance, amount)
    except InsufficientFunds as error:
        print("refused:", error)
    else:
        print("withdrew", amount, "leaving", balance)
    finally:
        print("  balance checked")

try:
    try:
        {}["missing"]
    except KeyError as error:
        raise ValueError("lookup failed") from error
except ValueError as error:
    print(type(error).__name__, error, "caused by", repr(error.__cause__))

for bad in ["42", "4.2", "forty-two"]:
    try:
        print(bad, "->", int(bad))
    except ValueError as error:
        print(bad, "->", error)

try:
    print(1 / 0)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)

print("isinstance(InsufficientFunds(), Exception):", isinstance(InsufficientFunds(), Exception))
sys.exit(0)
