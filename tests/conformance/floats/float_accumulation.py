# Accumulating floats: order-dependent sums, compensated summation and exact comparisons.
values = [0.1] * 10
total = 0.0
for v in values:
    total += v
print(total, sum(values), total == 1.0, abs(total - 1.0) < 1e-9)
def kahan(xs):
    s = 0.0
    c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
big_small = [1e16, 1.0, -1e16, 1.0] * 3
print(sum(big_small), kahan(big_small), sum(sorted(big_small)), kahan([0.1] * 10))
harmonic = 0.0
for k in range(1, 1001):
    harmonic += 1 / k
print(harmonic, round(harmonic, 6))
print(sum([1 / 3] * 3), 1 / 3 * 3, 0.1 + 0.7, 0.1 * 7, 1 - 0.9, 4.35 * 100)
