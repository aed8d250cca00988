# _collections.deque: both ends, indexing, rotation, search, copies, operators and repr
from _collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend(range(5))
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
print(d.count(1), d.index(1), d.index(1, 3), d.index(1, -5, -1), 3 in d, 99 in d)
d.insert(2, "X")
d.insert(-1, "Y")
d.insert(100, "Z")
print(d)
d.remove("X")
print(d)
d.reverse()
print(d)
d[0] = "first"
d[-1] = "last"
del d[1]
del d[-2]
print(d, d[3])
print(list(reversed(d)), list(d), [x for x in d if isinstance(x, int)])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 3 * deque([1]), deque([5]) * 0)
x = deque([1])
y = x
x += [2, 3]
x *= 2
print(x, y is x)
x.extend(x)
print(x)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1, 2]) < deque([1, 3]))
print(deque([1]) == [1], deque([1]) != [1], deque([2]) >= deque([1, 5]), deque() <= deque())
c = d.copy()
c.clear()
print(c, d, repr(deque()))
print(sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])), max(deque([4, 9])), tuple(deque("hi")))
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
while len(big) > 3:
    big.pop()
    big.popleft()
print(big, big.maxlen)
print(type(deque()).__name__, str(deque([1.5, "s", None])))
nested = deque([1])
nested.append(nested)
print(nested, len(nested), nested[1] is nested)
print(type(iter(nested)), type(reversed(nested)))
