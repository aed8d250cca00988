# add, discard, remove, pop, clear and copy on int sets.
s = {10, 20, 30}
s.add(20)
s.add(5)
s.discard(99)
s.discard(10)
print(s, len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
t = s.copy()
t.add(1)
print(s, t, s < t, t > s, s.issubset(t))
popped = []
while t:
    popped.append(t.pop())
print(popped, t)
try:
    t.pop()
except KeyError as e:
    print("KeyError:", e)
s.clear()
print(s, set(), len(s), bool(s))
u = {1, 2, 3}
u.update([3, 4], (5,), range(6, 8))
u.difference_update({1, 7})
u.symmetric_difference_update({2, 9})
u.intersection_update(range(5, 10), [5, 6, 9])
print(u)
