# open() in binary mode: bytes in and out, read sizes, seek with whence, truncate, r+b / w+b / ab
import io
import os

directory = "_tmp_open_binary"
# A run stopped half-way may have left the directory behind.
if os.path.exists(directory):
    for leftover in os.listdir(directory):
        os.remove(directory + "/" + leftover)
    os.rmdir(directory)
os.mkdir(directory)
path = directory + "/data.bin"
with open(path, "wb") as f:
    print(f.mode, f.write(bytes(range(10))), f.write(b"\r\nend\n"))
with open(path, "rb") as f:
    print(f.mode, f.read(4), f.tell())
    print(f.readline(), f.readline())
    print(f.read(), f.read(3))
with open(path, "r+b") as f:
    print(f.mode)
    f.seek(2)
    print(f.read(3), f.tell())
    f.seek(-4, 2)
    print(f.read())
    f.seek(1)
    f.seek(2, 1)
    print(f.tell(), f.read(1))
    f.seek(0)
    f.write(b"AB")
    print(f.tell(), f.read(2))
    print(f.truncate(6))
    f.seek(0)
    print(f.read())
with open(path, "ab") as f:
    print(f.mode, f.write(b"++"))
with open(path, "w+b") as f:
    print(f.mode, f.read())
    f.write(b"line one\nline two\n")
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print([line for line in f])
with open(path, "rb") as f:
    print(f.readline(3), f.readline(100), f.readable(), f.writable(), f.seekable())
data = "naïve café".encode("utf-8")
with open(path, "wb") as f:
    f.write(data)
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw), raw.decode("utf-8"), raw.decode("latin-1"))
with open(path) as f:
    print(f.read())
with open(path, "rb") as f:
    f.seek(-3, os.SEEK_END)
    print(f.read(), f.seek(1, io.SEEK_SET), f.read(2), os.SEEK_CUR, io.SEEK_END)
print(os.path.getsize(path), os.path.getsize(directory) > 0)
os.remove(path)
os.rmdir(directory)
