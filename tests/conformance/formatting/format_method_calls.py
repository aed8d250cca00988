# __format__ on classes, format() with specs, and str.format / f-strings delegating to it.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        amount = self.cents / 100
        if spec == "short":
            return f"${amount:.0f}"
        return "$" + format(amount, spec or ".2f")

    def __str__(self):
        return f"{self}"

m = Money(123456)
print(f"{m}", f"{m:short}", f"{m:,.2f}", format(m, ">12.1f"), "{:short}|{}".format(m, m), str(m))

class Plain:
    def __str__(self):
        return "plain"

print(f"{Plain()}", format(Plain()), "{}".format(Plain()), f"{Plain()!s:>8}|", f"{Plain()!r:.8}")
try:
    format(Plain(), "d")
except TypeError as e:
    print("TypeError:", e)
