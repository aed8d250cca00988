# an uncaught exception's report goes to the current sys.stderr
import sys


class Forwarder:
    def __init__(self):
        self.text = ""

    def write(self, text):
        self.text += text
        if self.text.endswith("boom\n"):
            sys.__stdout__.write("last line: " + self.text.splitlines()[-1] + "\n")
        return len(text)

    def flush(self):
        pass


print("start")
sys.stderr = Forwarder()
raise ValueError("boom")
