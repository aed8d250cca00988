# Tokenizer and recursive-descent calculator for arithmetic expressions.
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
        elif ch in "+-*/%()^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("unexpected character " + repr(ch))
    tokens.append(("end", None))
    return tokens


def parse(tokens):
    position = [0]

    def peek():
        return tokens[position[0]]

    def advance():
        token = tokens[position[0]]
        position[0] += 1
        return token

    def expression():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = advance()[1]
            right = term()
            value = value + right if op == "+" else value - right
        return value

    def term():
        value = factor()
        while peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = advance()[1]
            right = factor()
            if op == "*":
                value = value * right
            elif op == "/":
                value = value / right
            else:
                value = value % right
        return value

    def factor():
        base = unary()
        if peek() == ("op", "^"):
            advance()
            return base ** factor()
        return base

    def unary():
        if peek() == ("op", "-"):
            advance()
            return -unary()
        return primary()

    def primary():
        kind, value = advance()
        if kind == "num":
            return value
        if (kind, value) == ("op", "("):
            inner = expression()
            if advance() != ("op", ")"):
                raise SyntaxError("expected )")
            return inner
        raise SyntaxError("unexpected token " + repr(value))

    result = expression()
    if peek()[0] != "end":
        raise SyntaxError("trailing input")
    return result


expressions = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5",
               "2 ^ 100", "((7))", "1 +", "3 $ 4", "4 / (2 - 2)", "1.5 * 4 - -2", "(1 + 2", "8 % 3 * 2"]
for text in expressions:
    try:
        print(f"{text!r:>16} -> {tokenize(text)[:-1]}")
        print(f"{'':>16} = {parse(tokenize(text))}")
    except SyntaxError as e:
        print(f"{'':>16} syntax error: {e}")
    except ZeroDivisionError as e:
        print(f"{'':>16} math error: {e}")
