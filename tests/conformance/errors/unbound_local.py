# Uncaught UnboundLocalError (3.11 message).
x = 10
def show():
    print("about to read x")
    print(x)
    x = 20

print("global x", x)
show()
