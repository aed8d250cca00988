# Lists as stacks and queues: balanced brackets, reverse polish notation and a rotating queue.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

print([balanced(t) for t in ["()", "([]{})", "(]", "((", "", "a(b[c]d)e", "}{"]])

def rpn(expression):
    stack = []
    for token in expression.split():
        if token in "+-*/":
            b, a = stack.pop(), stack.pop()
            stack.append(a + b if token == "+" else a - b if token == "-" else a * b if token == "*" else a / b)
        else:
            stack.append(int(token))
    return stack

print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4"), rpn("8 2 /"))
queue = list("ABCDE")
order = []
while queue:
    queue.append(queue.pop(0))
    order.append(queue.pop(0))
print(order)
