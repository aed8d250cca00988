# The global statement and module-level state.
counter = 0
log = []

def bump():
    global counter
    counter += 1
    log.append(counter)

def read_only():
    return counter * 10

for _ in range(4):
    bump()
print(counter, log, read_only())

def shadow():
    counter = "local"
    return counter

print(shadow(), counter)

def create_global():
    global created
    created = "made inside"

create_global()
print(created)

def reset():
    global counter, log
    counter = 0
    log = ["reset"]

reset()
print(counter, log)
