# Recursive inner functions that close over outer state.
def fib_memo():
    memo = {0: 0, 1: 1}

    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]

    return fib, memo

fib, memo = fib_memo()
print(fib(50), len(memo), fib(90))

def flatten(items):
    out = []

    def walk(node, depth):
        if isinstance(node, list):
            for child in node:
                walk(child, depth + 1)
        else:
            out.append((node, depth))

    walk(items, 0)
    return out

print(flatten([1, [2, [3, [4]], 5], [[6]]]))

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([items[i]] + rest)
    return result

print(permutations([1, 2, 3]), len(permutations(list("abcd"))))
