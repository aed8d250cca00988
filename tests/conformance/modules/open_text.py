# open() in text mode: write, read, readline, readlines, iteration, with, seek / tell, append, x
import os

directory = "_tmp_open_text"
# A run stopped half-way may have left the directory behind.
if os.path.exists(directory):
    for leftover in os.listdir(directory):
        os.remove(directory + "/" + leftover)
    os.rmdir(directory)
os.mkdir(directory)
path = directory + "/notes.txt"
with open(path, "w") as f:
    print(f.mode, f.name, f.closed, f.writable(), f.readable())
    print(f.write("héllo\nworld\n"), f.write("third line\nlast"))
    f.writelines(["\n", "one\n", "two\n"])
print(f.closed)
f = open(path)
print(repr(f.readline()), repr(f.read(3)), f.tell())
print(repr(f.readline()), repr(f.readline(4)), repr(f.readline()))
print(repr(f.read()))
print(repr(f.read()), repr(f.readline()))
f.seek(0)
print(f.readlines())
f.close()
print(f.closed)
with open(path) as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))
with open(path, "r") as f:
    print(f.readlines(10))
    print(list(f))
open(path, "w").write("short")
print(repr(open(path).read()))
with open(path, "a") as f:
    print(f.tell())
    print("appended", 42, file=f)
    print(f.tell())
with open(path) as f:
    print(repr(f.read()))
with open(path, "r+") as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write("S")
    f.seek(0, 2)
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path, "w+") as f:
    f.write("fresh\ntext\n")
    f.seek(0)
    print(f.readline(), end="")
    print(f.truncate(), f.tell())
print(repr(open(path).read()))
with open(path, "w") as f:
    for i in range(3):
        print(i, "x", sep=",", file=f)
    print("end", end="", file=f, flush=True)
    print(repr(open(path).read()))
print(open(path).readlines(3), open(path).readlines(4))
try:
    print("closed", file=f)
except ValueError as error:
    print("ValueError", error)
other = directory + "/new.txt"
with open(other, "x") as f:
    f.write("created")
print(open(other).read(), sorted(os.listdir(directory)))
os.rename(other, directory + "/renamed.txt")
os.replace(directory + "/renamed.txt", directory + "/final.txt")
os.mkdir(directory + "/sub", 0o755)
print(sorted(os.listdir(directory)), os.path.isdir(directory + "/sub"))
os.rmdir(directory + "/sub")
for name in os.listdir(directory):
    os.remove(directory + "/" + name)
os.rmdir(directory)
print(os.path.exists(directory))
