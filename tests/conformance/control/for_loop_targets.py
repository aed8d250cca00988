# for-loop targets: tuples, nested tuples, attributes and subscripts.
pairs = [(1, "a"), (2, "b")]
for num, ch in pairs:
    print(num, ch)
for i, (x, y) in enumerate([(0, 1), (2, 3)]):
    print(i, x, y)
store = {}
for store["k"] in range(3):
    pass
print(store)
slots = [0, 0, 0]
for slots[1] in "xyz":
    pass
print(slots)

class Holder:
    pass

h = Holder()
for h.value in [10, 20]:
    pass
print(h.value)
for _ in range(2):
    print("underscore loop")
for idx in range(3):
    pass
print("after loop idx =", idx)
for empty in []:
    print("never")
print("loop var unset:", "empty" not in globals())
