# Interval merging, intersection and coverage on integer ranges.
def merge(intervals):
    result = []
    for start, end in sorted(intervals):
        if result and start <= result[-1][1]:
            result[-1][1] = max(result[-1][1], end)
        else:
            result.append([start, end])
    return [tuple(r) for r in result]


def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def covered(intervals):
    return sum([end - start for start, end in merge(intervals)])


meetings = [(9, 10), (9, 12), (13, 14), (11, 12), (16, 18), (17, 19), (20, 20)]
print(merge(meetings), covered(meetings))
free = [(8, 9), (10, 11), (12, 13), (14, 16), (19, 22)]
print(merge(free), intersect(merge(meetings), [(9, 17)]), intersect([(0, 5), (10, 15)], [(3, 12)]))
print(merge([]), merge([(1, 2)]), merge([(5, 6), (1, 10)]), merge([(1, 3), (3, 5)]), covered([(-5, 5), (0, 1)]))
busy_by_person = {"ann": [(9, 11), (14, 15)], "bo": [(10, 12)], "cy": [(8, 9), (15, 17)]}
everyone = merge([iv for ivs in busy_by_person.values() for iv in ivs])
gaps = [(everyone[k][1], everyone[k + 1][0]) for k in range(len(everyone) - 1)]
print(everyone, gaps, {p: covered(ivs) for p, ivs in busy_by_person.items()})
