# enumerate with start, zip of uneven sequences, reversed.
names = ["ann", "bob", "cy"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
print(list(enumerate("ab", start=-2)))
ages = [30, 25, 41, 99]
for n, a in zip(names, ages):
    print(n, a)
print(list(zip([1, 2, 3], "ab", (True, False, None))), list(zip()), list(zip([1])))
pairs = list(zip(names, ages))
unzipped_names, unzipped_ages = zip(*pairs)
print(unzipped_names, unzipped_ages)
print(list(reversed(names)), list(reversed((1, 2, 3))), list(reversed("abc")))
print(dict(zip(names, ages)))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)
