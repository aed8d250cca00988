# Collatz sequence statistics with a memo dict.
memo = {1: 1}


def collatz_length(n):
    path = []
    while n not in memo:
        path.append(n)
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
    length = memo[n]
    for value in reversed(path):
        length += 1
        memo[value] = length
    return memo[path[0]] if path else length


def sequence(n):
    out = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        out.append(n)
    return out


print(sequence(6))
print(sequence(27)[:20], len(sequence(27)), max(sequence(27)))
best_start, best_length = 1, 1
histogram = {}
for start in range(1, 10001):
    length = collatz_length(start)
    if length > best_length:
        best_start, best_length = start, length
        print(f"new record: {start} takes {length} steps")
    bucket = length // 25 * 25
    histogram[bucket] = histogram.get(bucket, 0) + 1
print("best", best_start, best_length)
for bucket in sorted(histogram):
    print(f"{bucket:>4}-{bucket + 24:<4} {histogram[bucket]:>5}")
print("memo size", len(memo) > 10000)
peaks = []
for start in [7, 97, 871, 6171]:
    peaks.append((start, max(sequence(start))))
print(peaks)
