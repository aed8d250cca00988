# OSError(errno, strerror, filename, ...): its subclass by errno, fields, str, repr and args
for args in [(), ("msg",), (2, "x"), (2, "x", "f"), (2, "x", None), (2, "x", "f", None, "g"), (1, 2, 3, 4, 5, 6), ("a", "b"), (13, "denied"), (17, "exists", "p"), (999, "odd")]:
    error = OSError(*args)
    print(type(error).__name__, repr(error), str(error), error.args, error.errno, error.strerror, error.filename, error.filename2)
try:
    open("_surely_missing_dir/file.txt")
except FileNotFoundError as error:
    print(repr(error), error.args, error.errno, error.strerror, error.filename, error.filename2)


class ReadFailure(OSError):
    pass


failure = ReadFailure(2, "denied", "p")
print(type(failure).__name__, str(failure), failure.args, failure.errno, isinstance(failure, FileNotFoundError))
print(str(FileNotFoundError("plain")), FileNotFoundError("plain").errno, str(KeyError("k")), repr(ValueError(1, 2)))
try:
    raise OSError(2, "No such file or directory", "x.txt")
except FileNotFoundError as error:
    print("caught as FileNotFoundError:", error)
import os

try:
    os.rename("_missing_source.txt", "_missing_target.txt")
except FileNotFoundError as error:
    print(repr(error), error, error.filename, error.filename2)
try:
    os.mkdir("_missing_parent/child", 0o755)
except FileNotFoundError as error:
    print(error)
