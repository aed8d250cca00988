# _collections.deque with maxlen: appends drop items from the other end
from _collections import deque

m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30, 31])
print(m)
print(deque("abc", 2), repr(deque(maxlen=0)), deque([1], maxlen=None))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
print(deque([1, 2], 3) * 2, deque([1, 2], maxlen=3) + deque([3, 4]))
r = deque([1, 2], maxlen=5)
r *= 4
print(r)
k = m.copy()
k.append(99)
print(k, k.maxlen, m)
try:
    m.insert(0, "x")
except IndexError as e:
    print("IndexError", e)
history = deque(maxlen=4)
for word in "the quick brown fox jumps over the lazy dog".split():
    history.append(word)
    print(" ".join(history))
