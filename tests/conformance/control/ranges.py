# range with every argument form, negative steps and indexing.
print(list(range(5)), list(range(2, 7)), list(range(0, 20, 5)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-5, -1)), list(range(-1, -10, -3)), list(range(3, 3)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], 7 in r, 8 in r, r.index(11), r.count(15))
print(r[1:3], r[::-1], list(r[::-1]), range(10)[::2])
print(range(0, 10, 3) == range(0, 12, 3), range(0) == range(5, 5))
print(len(range(10 ** 15)), range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(sum(range(101)), max(range(7)), min(range(-3, 3)))
print(list(reversed(range(5))), list(range(10, -11, -5)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
