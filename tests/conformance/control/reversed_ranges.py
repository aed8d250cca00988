# reversed() over ranges: empty, negative steps, huge bounds, and ranges near the Int limits.
import sys
for r in [range(0), range(5), range(2, 11, 3), range(10, -3, -4), range(-5, -1), range(1, 2),
          range(7, 7), range(0, 30, 7), range(sys.maxsize - 3, sys.maxsize),
          range(-sys.maxsize - 1, -sys.maxsize + 2), range(-sys.maxsize, sys.maxsize, sys.maxsize)]:
    print(list(reversed(r)))
print(list(reversed(range(10**20, 10**20 + 3))))
print(sum(i for i in reversed(range(1000))))
