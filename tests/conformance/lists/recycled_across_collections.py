# Lists and tuples die by the hundred thousand and their storage is reused: what survives must
# keep its items, and what is made from reused storage must hold only its own.

class Tagged(list):
    pass

class Pair(tuple):
    pass

kept = []
checksum = 0
for round_number in range(60000):
    row = [round_number, round_number + 1]
    pair = (round_number, "x" * (round_number % 3))
    sliced = row[:1] + row[1:]
    reversed_row = sliced[::-1]
    collected = tuple(value * 2 for value in sliced)
    if round_number % 5000 == 0:
        kept.append((row, pair, sliced, reversed_row, collected))
    checksum += len(row) + len(pair) + sum(sliced) + reversed_row[0] + collected[1]

print(checksum)
for entry in kept:
    print(entry)

# Instances of subclasses have a __dict__; once dead and reused, a new list or tuple has none
# and is exactly a list or a tuple.
survivors = []
for number in range(50000):
    tagged = Tagged([number])
    tagged.label = number
    pair = Pair((number, number))
    if number % 10000 == 0:
        survivors.append((tagged, tagged.label, pair, type(pair).__name__))
fresh = [[n] for n in range(20000)]
print(survivors)
print(type(fresh[-1]).__name__, hasattr(fresh[-1], "label"), fresh[-1], fresh[123])
fresh_tuples = [tuple(values) for values in fresh[:5]]
print(fresh_tuples, type(fresh_tuples[0]).__name__)

# Tuples sharing storage with live iterators and lists built from them.
iterators = []
lists_from_tuples = []
for number in range(40000):
    source = (number, number + 1, number + 2)
    if number % 8000 == 0:
        iterators.append(iter(source))
        lists_from_tuples.append(list(source))
junk = [(n, n) for n in range(30000)]
print([next(iterator) for iterator in iterators], [list(iterator) for iterator in iterators])
for made in lists_from_tuples:
    made.append(-1)
print(lists_from_tuples, len(junk))

# Distinct objects stay distinct.
a = [1, 2]
b = [1, 2]
print(a == b, a is b, (1, [2]) == (1, [2]))
