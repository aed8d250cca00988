# array.array.tofile / fromfile through binary files, and their errors
import array
import io
import os

directory = "_tmp_array_files"
# A run stopped half-way may have left the directory behind.
if os.path.exists(directory):
    for leftover in os.listdir(directory):
        os.remove(directory + "/" + leftover)
    os.rmdir(directory)
os.mkdir(directory)
path = directory + "/numbers.bin"
numbers = array.array("d", [0.5, -1.25, 3e10])
with open(path, "wb") as f:
    numbers.tofile(f)
    array.array("i", [7, 8]).tofile(f)
with open(path, "rb") as f:
    restored = array.array("d")
    restored.fromfile(f, 3)
    ints = array.array("i")
    ints.fromfile(f, 1)
    print(restored, ints, restored == numbers)
    try:
        ints.fromfile(f, 4)
    except EOFError as error:
        print("EOFError", error, ints)
checks = [
    lambda: array.array("i").fromfile(io.StringIO("abc"), 1),
    lambda: array.array("i").fromfile(open(path, "rb"), -1),
    lambda: array.array("i").fromunicode("x"),
    lambda: array.array("u").fromunicode(5),
]
for check in checks:
    try:
        check()
    except Exception as error:
        print(type(error).__name__, error)
os.remove(path)
os.rmdir(directory)
