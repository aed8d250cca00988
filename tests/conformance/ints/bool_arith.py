# bool values take part in integer arithmetic.
print(True + True, True - False, True * 10, False * 10, True / 2)
print(True + 1.5, -True, +True, ~False)
print(sum([True, True, False, True]))
print(True ** 5, 2 ** True, 7 % True)
print(True == 1, False == 0, True is True, (1 == 1) + (2 == 2))
print(int(True), float(False), str(True), repr(False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("a"), bool([]), bool([0]))
print(True and 3, False or "x", not True, not 0)
count = 0
for v in [3, 0, 5, 0, 0, 9]:
    count += v > 0
print(count)
print(["no", "yes"][True], ["no", "yes"][False])
print(hash(True), hash(False))
