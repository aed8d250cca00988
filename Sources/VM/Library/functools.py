"""functools for wand: reduce, partial, lru_cache, cache, wraps, update_wrapper, cmp_to_key."""

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")
_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing):
    iterator = iter(iterable)
    if initial is _initial_missing:
        try:
            value = next(iterator)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in iterator:
        value = function(value, element)
    return value


class partial:
    """A callable that calls `func` with the given arguments first."""

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(argument) for argument in self.args]
        parts += ["%s=%r" % (key, value) for key, value in self.keywords.items()]
        return "functools.partial(" + ", ".join(parts) + ")"


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
    for attribute in assigned:
        try:
            value = getattr(wrapped, attribute)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attribute, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=()):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __repr__(self):
        return "CacheInfo(hits=%d, misses=%d, maxsize=%r, currsize=%d)" % (
            self.hits, self.misses, self.maxsize, self.currsize)

    def __eq__(self, other):
        return (self.hits, self.misses, self.maxsize, self.currsize) == tuple(other)

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))


def _make_key(args, keywords, typed):
    key = args
    if keywords:
        key += (_initial_missing,)
        for item in keywords.items():
            key += item
    if typed:
        key += tuple(type(value) for value in args)
        if keywords:
            key += tuple(type(value) for value in keywords.values())
    return key


def lru_cache(maxsize=128, typed=False):
    """Memoizes a function; with a maxsize, the least recently used results are dropped first."""
    if callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError("Expected first argument to be an integer, a callable, or None")
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    statistics = [0, 0]

    def wrapper(*args, **keywords):
        key = _make_key(args, keywords, typed)
        if key in cache:
            statistics[0] += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        statistics[1] += 1
        result = user_function(*args, **keywords)
        if maxsize != 0:
            if maxsize is not None and len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info():
        return _CacheInfo(statistics[0], statistics[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        statistics[0] = statistics[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K
