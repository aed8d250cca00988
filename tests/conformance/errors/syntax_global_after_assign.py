# A global declaration after the name was assigned in the same function is a SyntaxError.
def configure():
    level = 3
    global level
    return level

print(configure())
