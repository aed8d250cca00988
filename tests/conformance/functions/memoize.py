# Memoisation with a dict passed explicitly and as a default.
def fib(n, memo={}):
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

for n in [10, 50, 100, 200]:
    print(n, fib(n))

def count_paths(r, c, cache):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in cache:
        cache[key] = count_paths(r - 1, c, cache) + count_paths(r, c - 1, cache)
    return cache[key]

cache = {}
print(count_paths(10, 10, cache), len(cache))
print(count_paths(16, 16, cache), len(cache))
