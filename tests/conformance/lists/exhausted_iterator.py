# A list iterator that reached the end stays exhausted when the list grows afterwards, whether
# it is advanced by a for loop, next() or a consumer such as enumerate.
items = [1]
iterator = iter(items)
print(next(iterator), next(iterator, "end"))
items.append(2)
print(next(iterator, "end"), list(iterator))

items = [1, 2]
iterator = iter(items)
for value in iterator:
    print("loop", value)
items.append(3)
print(list(iterator), next(iterator, "end"))

items = ["a"]
pairs = enumerate(items)
print(list(pairs))
items.append("b")
print(list(pairs))

# Growing the list before the end is seen: the iterator picks up the new items.
items = [1]
iterator = iter(items)
print(next(iterator))
items.append(2)
print(next(iterator), next(iterator, "end"))
