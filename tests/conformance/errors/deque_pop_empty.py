# popping from an empty deque ends the program with IndexError
from _collections import deque

d = deque([1])
print(d.popleft())
d.pop()
