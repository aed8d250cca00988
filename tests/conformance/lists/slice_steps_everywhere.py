xs = list(range(20))
for s in [slice(None), slice(2, 9), slice(9, 2), slice(None, None, -1), slice(3, None, -2), slice(-3, -15, -3), slice(1, 18, 5), slice(18, 1, -5), slice(100, -100, -7), slice(-100, 100, 9), slice(5, 5, -1), slice(0, 20, 19), slice(0, 20, 20), slice(19, -21, -19)]:
    print(xs[s], tuple(xs)[s], bytes(xs)[s], "abcdefghijklmnopqrst"[s])
