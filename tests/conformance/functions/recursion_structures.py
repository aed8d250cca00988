# Recursion over nested lists: flatten, depth and sum.
def flatten(item):
    if not isinstance(item, list):
        return [item]
    out = []
    for sub in item:
        out.extend(flatten(sub))
    return out

def depth(item):
    if not isinstance(item, list):
        return 0
    best = 0
    for sub in item:
        d = depth(sub)
        if d > best:
            best = d
    return best + 1

tree = [1, [2, [3, [4, [5]]], 6], [[7], 8], [], 9]
print(flatten(tree))
print(depth(tree), depth([]), depth(3))

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

perms = permutations([1, 2, 3])
print(len(perms), perms)
print(len(permutations(list("abcde"))))
