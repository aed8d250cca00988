# Comprehensions build the same results as explicit loops, including dicts keeping the last value.
words = ["red", "green", "blue", "gray", "gold", "green"]
loop_list = []
for w in words:
    if len(w) > 3:
        loop_list.append(w.upper())
print(loop_list == [w.upper() for w in words if len(w) > 3], loop_list)
loop_dict = {}
for i, w in enumerate(words):
    loop_dict[w[0]] = i
print(loop_dict == {w[0]: i for i, w in enumerate(words)}, loop_dict)
loop_set = set()
for w in words:
    loop_set.add(len(w))
print(loop_set == {len(w) for w in words}, sorted(loop_set))
table = [[r * c for c in range(1, 5)] for r in range(1, 5)]
for row in table:
    print(" ".join([f"{v:3}" for v in row]))
print(sum([sum(row) for row in table]), [row[i] for i, row in enumerate(table)])
