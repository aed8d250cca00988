# nonlocal after the name was used in the inner function is a SyntaxError.
def outer():
    total = 0

    def add(n):
        print(total)
        nonlocal total
        total += n

    add(1)
    return total

print(outer())
