# Moderately deep recursion (up to 500 frames).
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

def build(n):
    if n == 0:
        return []
    return [n, build(n - 1)]

for n in [10, 100, 250, 500]:
    print(n, depth(n), sum_to(n))
nested = build(5)
print(nested)

def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)

print(len(count_down(400, [])))
