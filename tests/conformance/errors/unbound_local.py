# Uncaught UnboundLocalError (3.11 message).
print("program unbound_local")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
x = 10
def show():
    print("about to read x")
    print(x)
    x = 20

print("global x", x)
show()
