# Text statistics: sentences, words, n-grams, longest words and a simple readability score.
TEXT = """It was the best of times, it was the worst of times. It was the age of wisdom,
it was the age of foolishness! Was it the epoch of belief? It was the epoch of incredulity."""

sentences = []
current = []
for ch in TEXT.replace("\n", " "):
    current.append(ch)
    if ch in ".!?":
        sentences.append("".join(current).strip())
        current = []
words = ["".join([c for c in w if c.isalpha()]).lower() for w in TEXT.split()]
words = [w for w in words if w]
print(len(sentences), len(words), sentences[-1])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
longest = sorted(set(words), key=lambda w: (-len(w), w))[:3]
vowels = sum([1 for w in words for c in w if c in "aeiouy"])
print(longest, vowels, round(len(words) / len(sentences), 2), round(vowels / len(words), 3))
print([len(s.split()) for s in sentences], max(sentences, key=len)[:20])
