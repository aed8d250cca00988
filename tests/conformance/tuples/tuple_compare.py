# Lexicographic comparison of tuples and sorting by several fields.
cases = [((1, 2), (1, 3)), ((1, 2, 3), (1, 2)), ((), ()), (("a", 1), ("a", 1)), ((2, 0), (1, 99)), ((1, 2.0), (1, 2))]
for left, right in cases:
    print(left, right, left < right, left <= right, left == right, left > right, left >= right, left != right)
items = [(2, "b", 1.5), (1, "z", 0.0), (2, "a", 9.9), (1, "z", -1.0)]
items.sort()
print(items)
items.sort(reverse=True)
print(items)
