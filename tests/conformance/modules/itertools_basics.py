# itertools: infinite iterators cut short, combinatorics, grouping and slicing.
import itertools
from itertools import count, cycle, repeat, accumulate, chain, islice, groupby, product
from itertools import permutations, combinations, combinations_with_replacement, zip_longest

print(list(islice(count(5, 3), 4)), list(islice(cycle("ab"), 5)), list(repeat("x", 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)))
print(list(chain("ab", [1, 2])), list(chain.from_iterable(["xy", "z"])))
print(list(islice(range(20), 2, 12, 3)), list(islice("abcdef", 3)), list(islice(range(5), 1, None)))
print([(key, list(group)) for key, group in groupby("aaabccdd")])
print([(key, len(list(group))) for key, group in groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
print(list(product("ab", range(2))), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations(range(4), 2)), list(combinations_with_replacement("ab", 2)))
print(list(zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.pairwise("abcd")))
left, right = itertools.tee(range(4))
print(list(left), list(right))
try:
    list(islice(range(3), -1))
except ValueError as error:
    print("ValueError:", error)
for arguments in [(5, -1, 1), (0, 5, 0), (-2, 3)]:
    try:
        list(islice(range(3), *arguments))
    except ValueError as error:
        print("ValueError:", error)
