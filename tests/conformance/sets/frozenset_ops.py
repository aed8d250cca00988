# frozenset: hashable, usable as dict keys and set members, and mixed with set operations.
fa = frozenset([1, 2, 3])
fb = frozenset([3, 4])
print(fa | fb, fa & fb, fa - fb, fa ^ fb, type(fa | fb).__name__)
print({1, 2} | fa, type({1, 2} | fa).__name__, type(fa | {1, 2}).__name__)
nested = {fa: "a", fb: "b"}
print(nested[frozenset([3, 2, 1])], frozenset() in {frozenset(): 1})
sets_of_sets = {frozenset([1]), frozenset([1]), frozenset([2, 1])}
print(len(sets_of_sets))
print(fa == {1, 2, 3}, fa.issubset({1, 2, 3, 4}), fa.isdisjoint(fb), fa.union([9]), fa.copy() is fa)
try:
    fa.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(repr(frozenset()), repr(set()), frozenset("aa") == frozenset("a"))
