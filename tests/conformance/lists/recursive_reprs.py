# repr of self-referential and deeply nested containers, views, ranges, slices and float edge values.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
d = {"k": 1}
d["self"] = d
print(d)
t = (a, 1)
print(t)
s = {1: {2: {3: [4, (5, {6})]}}}
print(s, str(s)[3:10])
print({}.keys(), {"a": 1}.values(), {"a": 1}.items(), reversed([1]) is not None, iter([]) is not None)
print([[]] * 2, [[1, [2, [3, [4]]]]], (1,), ((1,),), ([],), {(): ()}, [None, True, 1.0, "s", b"b"])
print(str(range(3)), repr(range(0, 10, 2)), slice(1, None), type(range(1)).__name__)
print(float("1e16"), 1e16, 10**16 * 1.0, 12345678912345678.0, 0.1 + 0.2 - 0.3, 2.0**0.5, 10.0/3)
