# open(): CPython's errors for missing files, directories, bad modes and closed or wrong-mode files
import io
import os

directory = "_tmp_open_errors"
# A run stopped half-way may have left the directory behind.
if os.path.exists(directory):
    for leftover in os.listdir(directory):
        os.remove(directory + "/" + leftover)
    os.rmdir(directory)
os.mkdir(directory)
path = directory + "/file.txt"
open(path, "w").write("content\n")
checks = [
    lambda: open(directory + "/missing.txt"),
    lambda: open(directory),
    lambda: open(directory, "w"),
    lambda: open(path, "x"),
    lambda: open(path, "rw"),
    lambda: open(path, "rbt"),
    lambda: open(path, "q"),
    lambda: open(path, "rr"),
    lambda: open(path, "rb", encoding="utf-8"),
    lambda: open(path, newline="x"),
    lambda: open(path, encoding="no-such-codec"),
    lambda: open(3.5),
    lambda: open(path).write("x"),
    lambda: open(path, "rb").write(b"x"),
    lambda: open(path, "a").read(),
    lambda: open(path, "a").write(b"x"),
    lambda: open(path, "ab").write("x"),
    lambda: open(path).seek(3, 1),
    lambda: open(path).seek(-3),
    lambda: open(path).seek(0, 5),
    lambda: os.remove(directory + "/missing.txt"),
    lambda: os.mkdir(directory),
    lambda: os.path.getsize(directory + "/missing.txt"),
]
for check in checks:
    try:
        print(check())
    except Exception as error:
        print(type(error).__name__, error)
try:
    open(directory + "/missing.txt")
except OSError as error:
    print(error.errno, error.strerror, error.filename, isinstance(error, FileNotFoundError))
try:
    open(path, "r").write("x")
except ValueError as error:
    print("as ValueError:", error, isinstance(error, OSError), isinstance(error, io.UnsupportedOperation))
f = open(path)
f.close()
f.close()
for operation in [f.read, f.readline, f.tell, lambda: f.write("x"), lambda: next(f), f.__enter__]:
    try:
        operation()
    except ValueError as error:
        print("ValueError", error)
print(f.closed, f.name)
os.remove(path)
os.rmdir(directory)
