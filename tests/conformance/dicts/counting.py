# Counting and grouping with dicts.
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
by_len = {}
for word in text.split():
    by_len.setdefault(len(word), []).append(word)
print(by_len)
letters = {}
for ch in text:
    if ch != " ":
        if ch in letters:
            letters[ch] += 1
        else:
            letters[ch] = 1
ranked = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked[:5])
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
