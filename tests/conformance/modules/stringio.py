# io.StringIO: write, getvalue, read, readline, readlines, iteration, seek, truncate, close and with
import io

buffer = io.StringIO()
print(buffer.write("hello\n"), buffer.write("wörld\nlast"), buffer.write(""))
print(repr(buffer.getvalue()), buffer.tell())
print(buffer.seek(0), repr(buffer.readline()), repr(buffer.read(3)), repr(buffer.read()), repr(buffer.read()))
buffer.seek(0)
for line in buffer:
    print(repr(line))
buffer.seek(0)
print(buffer.readlines())
print(buffer.seek(2), buffer.write("XY"), repr(buffer.getvalue()))
buffer.seek(20)
buffer.write("Z")
print(repr(buffer.getvalue()))
print(buffer.truncate(5), repr(buffer.getvalue()), buffer.tell())
print(buffer.seek(0, 2), buffer.seek(0, 1), buffer.readable(), buffer.writable(), buffer.seekable())

with io.StringIO("a\nb\nc") as stream:
    print(stream.readlines(2), stream.closed)
    stream.seek(0)
    print(repr(stream.readline(1)), repr(stream.readline(-1)), repr(stream.read(None)))
print(stream.closed)

source = io.StringIO("one\ntwo\nthree")
print(repr(next(source)), list(source), iter(source) is source)
print("x", 1, 2.5, sep="-", file=source)
source.writelines(["p\n", "q"])
print(repr(source.getvalue()))

lines = io.StringIO(initial_value="first\nsecond\n")
print([line.upper() for line in lines], repr(lines.readline()))
report = io.StringIO()
for number in range(3):
    report.write("row %d\n" % number)
print(report.getvalue(), end="")
report.close()
report.close()

for bad in [lambda: report.write("x"), lambda: report.getvalue(), lambda: io.StringIO(5),
            lambda: io.StringIO().write(5), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().truncate(-1)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as error:
        print(type(error).__name__, error)
report.read()
