# Uncaught TypeError calling None.
def lookup(name):
    handlers = {"greet": lambda: "hello"}
    return handlers.get(name)

print(lookup("greet")())
handler = lookup("missing")
print("handler is", handler)
handler()
