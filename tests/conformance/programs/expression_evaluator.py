# A tokenizer and recursive-descent evaluator for arithmetic with variables and errors.
class ParseError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            number = text[start:i]
            tokens.append(("num", float(number) if "." in number else int(number)))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(("name", text[start:i]))
        elif ch in "+-*/%^()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError(f"unexpected {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, text, env):
        self.tokens = tokenize(text)
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        token = self.tokens[self.pos]
        if (kind and token[0] != kind) or (value and token[1] != value):
            raise ParseError(f"expected {value or kind}, got {token[1]!r}")
        self.pos += 1
        return token

    def expression(self):
        value = self.term()
        while self.peek() in [("op", "+"), ("op", "-")]:
            op = self.take()[1]
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            right = self.factor()
            value = value * right if op == "*" else value / right if op == "/" else value % right
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        kind, value = self.peek()
        if kind == "num":
            return self.take()[1]
        if kind == "name":
            self.take()
            if value not in self.env:
                raise NameError(f"unknown variable {value}")
            return self.env[value]
        self.take("op", "(")
        inner = self.expression()
        self.take("op", ")")
        return inner


env = {"x": 3, "y": 4, "rate": 0.25}
for source in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * y - 10 % 4", "rate * 100 / 3",
               "((x))", "7 / 0", "2 * (3 + ", "x + z", "3 $ 4", "10 - -2", "2.5 * 4", "100 % 7 ^ 2"]:
    try:
        print(f"{source:<18} = {Parser(source, env).expression()!r}")
    except ParseError as e:
        print(f"{source:<18} ! parse error: {e}")
    except (NameError, ZeroDivisionError) as e:
        print(f"{source:<18} ! {type(e).__name__}: {e}")
