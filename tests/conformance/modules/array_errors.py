# array.array: CPython's overflow errors per typecode, bad typecodes, items and operands
import array

for code in "bBhHiIlLqQ":
    row = []
    for value in [-(1 << 70), -(1 << 40), -(1 << 31) - 1, -40000, -200, -1, 0, 255, 256, 40000, 70000, 1 << 31, 1 << 33, 1 << 63, 1 << 64, 1 << 70]:
        try:
            array.array(code, [value])
            row.append("ok")
        except OverflowError as error:
            row.append(str(error))
    print(code, row)
checks = [
    lambda: array.array("z"),
    lambda: array.array("ii"),
    lambda: array.array(5),
    lambda: array.array(),
    lambda: array.array("i", "abc"),
    lambda: array.array("i", 5),
    lambda: array.array("i", [1.5]),
    lambda: array.array("d", [1, "a"]),
    lambda: array.array("u", [1]),
    lambda: array.array("u", ["ab"]),
    lambda: array.array("i", b"abc"),
    lambda: array.array("i", [1, 2])[5],
    lambda: array.array("i", [1, 2])["a"],
    lambda: array.array("i").pop(),
    lambda: array.array("i", [1]).pop(3),
    lambda: array.array("i", [1, 2]).index(5),
    lambda: array.array("i", [1, 2]).remove(5),
    lambda: array.array("i").frombytes(b"abc"),
    lambda: array.array("i").frombytes("abc"),
    lambda: array.array("i").fromlist((1,)),
    lambda: array.array("i").extend(array.array("d")),
    lambda: array.array("i") + array.array("d"),
    lambda: array.array("i") + [1],
    lambda: array.array("i") * "a",
    lambda: hash(array.array("i")),
    lambda: array.array("i", [1, 2]).__setitem__(slice(0, 1), [5]),
    lambda: array.array("i", [1, 2, 3, 4]).__setitem__(slice(0, 4, 2), array.array("i", [5])),
    lambda: array.array("i").append("x"),
    lambda: array.array("i", [1]).tounicode(),
]
for check in checks:
    try:
        print(check())
    except Exception as error:
        print(type(error).__name__, error)
rolled_back = array.array("i", [1])
try:
    rolled_back.fromlist([2, "x"])
except TypeError as error:
    print(error, rolled_back)
