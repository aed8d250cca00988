# Uncaught TypeError calling None.
print("program type_none_not_callable")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
def lookup(name):
    handlers = {"greet": lambda: "hello"}
    return handlers.get(name)

print(lookup("greet")())
handler = lookup("missing")
print("handler is", handler)
handler()
