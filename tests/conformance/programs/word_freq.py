# Word frequency analysis of a fixed text with dicts and sorted.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way."""


def words_of(text):
    cleaned = ""
    for ch in text.lower():
        if ch.isalpha() or ch == " " or ch == "\n":
            cleaned += ch
        else:
            cleaned += " "
    return cleaned.split()


words = words_of(TEXT)
print("total words:", len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("distinct words:", len(freq))
ranked = sorted(freq.items(), key=lambda item: (-item[1], item[0]))
print("top 10:")
for rank, (word, count) in enumerate(ranked[:10], 1):
    print(f"{rank:>3}. {word:<12} {count:>3} {'*' * count}")
by_length = {}
for w in freq:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
singletons = []
for word, count in freq.items():
    if count == 1:
        singletons.append(word)
print("hapax legomena:", len(singletons), sorted(singletons)[:8])
longest = max(freq, key=len)
print("longest word:", longest, len(longest))
first_letters = {}
for w in words:
    first_letters[w[0]] = first_letters.get(w[0], 0) + 1
print(sorted(first_letters.items()))
lines = TEXT.splitlines()
for number, line in enumerate(lines, 1):
    print(f"{number}: {len(line):>3} chars, {len(line.split()):>2} words, starts {line.split()[0]!r}")
