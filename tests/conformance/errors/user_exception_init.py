# Uncaught user-defined exception whose __init__ calls super().
class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__("line " + str(line) + ": " + reason)
        self.line = line

lines = ["a = 1", "b = 2", "c = "]
for number, text in enumerate(lines, 1):
    print("parsing", number, repr(text))
    if text.endswith("= "):
        raise ParseError(number, "missing value")
