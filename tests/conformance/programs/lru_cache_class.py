# An LRU cache built on a dict's insertion order, with hit/miss statistics.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"


cache = LRUCache(3)
for key in "abcabdaebfa":
    hit = cache.get(key)
    if hit is None:
        cache.put(key, key.upper() * 2)
    print(key, "hit" if hit else "miss", cache)
print(len(cache), "a" in cache, "c" in cache, cache.hits, cache.misses, cache.evictions)


def cached(capacity):
    def decorate(func):
        store = LRUCache(capacity)

        def wrapper(n):
            result = store.get(n)
            if result is None:
                result = func(n)
                store.put(n, result)
            return result
        wrapper.store = store
        return wrapper
    return decorate


@cached(50)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.store.hits, fib.store.misses, len(fib.store))
