"""itertools for wand, as generators with CPython's semantics (the recipes of its documentation)."""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def accumulate(iterable, func=None, *, initial=None):
    iterator = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(iterator)
        except StopIteration:
            return
    yield total
    for element in iterator:
        total = total + element if func is None else func(total, element)
        yield total


def chain(*iterables):
    for iterable in iterables:
        yield from iterable


def _from_iterable(iterables):
    for iterable in iterables:
        yield from iterable


chain.from_iterable = _from_iterable


def compress(data, selectors):
    return (datum for datum, selector in zip(data, selectors) if selector)


def dropwhile(predicate, iterable):
    iterator = iter(iterable)
    for element in iterator:
        if not predicate(element):
            yield element
            break
    yield from iterator


def takewhile(predicate, iterable):
    for element in iterable:
        if not predicate(element):
            break
        yield element


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for element in iterable:
        if not predicate(element):
            yield element


def starmap(function, iterable):
    for arguments in iterable:
        yield function(*arguments)


def islice(iterable, *args):
    bounds = slice(*args)
    start = 0 if bounds.start is None else bounds.start
    stop = bounds.stop
    step = 1 if bounds.step is None else bounds.step
    if stop is not None and stop < 0:
        raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if start < 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    indices = iter(range(start, stop, step) if stop is not None else count(start, step))
    try:
        next_index = next(indices)
    except StopIteration:
        for _, _ in zip(range(start), iterable):
            pass
        return
    for position, element in enumerate(iterable):
        if position == next_index:
            yield element
            try:
                next_index = next(indices)
            except StopIteration:
                return


def pairwise(iterable):
    iterator = iter(iterable)
    try:
        previous = next(iterator)
    except StopIteration:
        return
    for element in iterator:
        yield previous, element
        previous = element


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(iterable) for iterable in iterables]
    remaining = len(iterators)
    while remaining:
        values = []
        for index, iterator in enumerate(iterators):
            try:
                value = next(iterator)
            except StopIteration:
                remaining -= 1
                if not remaining:
                    return
                iterators[index] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def groupby(iterable, key=None):
    keyfunc = (lambda value: value) if key is None else key
    iterator = iter(iterable)
    exhausted = False
    try:
        current = next(iterator)
    except StopIteration:
        return
    current_key = keyfunc(current)
    while not exhausted:
        target_key = current_key
        group = [current]
        while True:
            try:
                current = next(iterator)
            except StopIteration:
                exhausted = True
                break
            current_key = keyfunc(current)
            if current_key != target_key:
                break
            group.append(current)
        yield target_key, iter(group)


def product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for combination in result:
        yield tuple(combination)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def tee(iterable, n=2):
    iterator = iter(iterable)
    buffers = [[] for _ in range(n)]

    def generator(buffer):
        while True:
            if not buffer:
                try:
                    value = next(iterator)
                except StopIteration:
                    return
                for other in buffers:
                    other.append(value)
            yield buffer.pop(0)

    return tuple(generator(buffer) for buffer in buffers)
