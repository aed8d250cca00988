# print, input and sys.stdout.write follow the current sys.stdout; sys.__stdout__ restores it
import io
import sys

buffer = io.StringIO()
original = sys.stdout
sys.stdout = buffer
print("hello", 1, 2.5, sep="-")
print("no newline", end="")
sys.stdout.write("|direct\n")
print()
sys.stdout = original
print(repr(buffer.getvalue()), original is sys.__stdout__)


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


recorder = Recorder()
print("a", "b", file=recorder, flush=True)
print(file=recorder)
sys.stdout = recorder
print(1, 2, 3, sep=", ")
print(*["x", "y"], end="!\n")
sys.stdout = sys.__stdout__
print(recorder.parts)

sys.stdout = None
print("goes nowhere")
sys.stdout = sys.__stdout__
print("back", file=None)

sys.stderr = io.StringIO()
print("to stderr", file=sys.stderr)
sys.stderr.write("written\n")
captured = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print(repr(captured))


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print("fails")
except AttributeError as error:
    sys.stdout = sys.__stdout__
    print("AttributeError", error)
