# global and nonlocal declarations at several nesting levels.
level = "module"
counter = 0

def bump():
    global counter
    counter += 1
    return counter

def outer():
    level = "outer"

    def middle():
        nonlocal level
        level = "middle"

        def inner():
            global level
            level = "inner sets global"
            return level

        return inner()

    result = middle()
    return level, result

print(bump(), bump(), counter)
print(outer(), level)

def shadow():
    counter = "local"
    return counter

print(shadow(), counter)

def create_global():
    global created
    created = [1, 2]

create_global()
print(created)

def read_only():
    return level + "!"

print(read_only())
