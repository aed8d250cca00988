# Calling a method on None returned by a function without return.
def build():
    items = [3, 1, 2]
    items.sort()

result = build()
print(result)
result.append(4)
