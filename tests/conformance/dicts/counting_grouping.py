# Counting and grouping with dicts: frequencies, top-k with tie-breaks and inverted indexes.
text = "the cat sat on the mat the dog sat on the log and the cat ran"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
print({k: sorted(v) for k, v in sorted(by_length.items())})
index = {}
for position, word in enumerate(text.split()):
    index.setdefault(word, []).append(position)
print(index["the"], index["cat"], max(index, key=lambda w: len(index[w])))
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:5], sum(letters.values()))
