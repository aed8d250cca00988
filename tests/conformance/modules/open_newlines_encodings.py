# open(): newline=None / "" / "\n" / "\r" / "\r\n" when reading and writing, and encodings
import os

directory = "_tmp_open_newlines"
# A run stopped half-way may have left the directory behind.
if os.path.exists(directory):
    for leftover in os.listdir(directory):
        os.remove(directory + "/" + leftover)
    os.rmdir(directory)
os.mkdir(directory)
path = directory + "/lines.txt"
with open(path, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rlast")
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=newline) as f:
        print(repr(newline), f.readlines())
    with open(path, newline=newline) as f:
        print(repr(newline), repr(f.read()))
with open(path) as f:
    print(repr(f.read(12)), repr(f.read(4)), repr(f.read()))
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=newline) as f:
        f.write("a\nb\r\nc\n")
    with open(path, "rb") as f:
        print(repr(newline), f.read())
with open(path, "w", encoding="latin-1") as f:
    print(f.write("café ñ\n"))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
with open(path, encoding="iso-8859-1") as f:
    print(repr(f.readline()))
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as error:
    print("UnicodeDecodeError", error)
with open(path, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(path, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as error:
    print("UnicodeEncodeError", error)
with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve\n")
print(open(path, "rb").read())
with open(path, "w", encoding="utf-8") as f:
    f.write("日本語\n€\n")
with open(path, encoding="utf-8") as f:
    print(repr(f.read(2)), repr(f.readline()), repr(f.readline()), f.tell())
os.remove(path)
os.rmdir(directory)
