# Linear and binary search, insertion into sorted lists and two-pointer techniques.
def bisect_left(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = [2, 3, 5, 7, 11, 13, 17, 19, 23]
print([bisect_left(data, t) for t in [1, 2, 4, 23, 24, 12]])
sorted_list = []
for value in [5, 1, 4, 1, 5, 9, 2, 6]:
    sorted_list.insert(bisect_left(sorted_list, value), value)
print(sorted_list)

def pair_with_sum(xs, target):
    i, j = 0, len(xs) - 1
    while i < j:
        s = xs[i] + xs[j]
        if s == target:
            return xs[i], xs[j]
        if s < target:
            i += 1
        else:
            j -= 1
    return None

print(pair_with_sum(data, 20), pair_with_sum(data, 100), pair_with_sum(data, 16))
print(data.index(13), 13 in data, [i for i, v in enumerate(data) if v % 4 == 3])
