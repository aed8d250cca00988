# Binary search, merge sort, quick sort and insertion sort on the same data.
def binary_search(items, target):
    low, high = 0, len(items) - 1
    steps = 0
    while low <= high:
        steps += 1
        mid = (low + high) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return -1, steps


def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def quick_sort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    less, equal, greater = [], [], []
    for x in items:
        if x < pivot:
            less.append(x)
        elif x == pivot:
            equal.append(x)
        else:
            greater.append(x)
    return quick_sort(less) + equal + quick_sort(greater)


def insertion_sort(items):
    result = list(items)
    for i in range(1, len(result)):
        key = result[i]
        j = i - 1
        while j >= 0 and result[j] > key:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = key
    return result


seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000 - 500)
print("data:", data)
expected = sorted(data)
for name, fn in [("merge", merge_sort), ("quick", quick_sort), ("insertion", insertion_sort)]:
    result = fn(data)
    print(f"{name:<10} {result == expected} {result[:6]} ... {result[-3:]}")
for target in [expected[0], expected[17], expected[-1], 1000, -501]:
    index, steps = binary_search(expected, target)
    print(f"search {target:>5}: index {index:>3} in {steps} steps")
words = ["pear", "apple", "fig", "kiwi", "banana", "cherry", "date"]
print(merge_sort(words), quick_sort(words) == sorted(words))
print(merge_sort([]), quick_sort([1]), insertion_sort([2, 1]))
