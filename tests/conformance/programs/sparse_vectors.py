# Sparse vectors stored as dicts: arithmetic with dunder methods, dot products and similarity.
import math


class Sparse:
    def __init__(self, entries=None):
        self.entries = {k: v for k, v in (entries or {}).items() if v}

    @classmethod
    def from_text(cls, text):
        counts = {}
        for word in text.lower().split():
            counts[word] = counts.get(word, 0) + 1
        return cls(counts)

    def __add__(self, other):
        keys = list(self.entries) + [k for k in other.entries if k not in self.entries]
        return Sparse({k: self.entries.get(k, 0) + other.entries.get(k, 0) for k in keys})

    def __mul__(self, other):
        if isinstance(other, Sparse):
            return sum([v * other.entries.get(k, 0) for k, v in self.entries.items()])
        return Sparse({k: v * other for k, v in self.entries.items()})

    def __abs__(self):
        return math.sqrt(self * self)

    def __len__(self):
        return len(self.entries)

    def __repr__(self):
        return "Sparse(" + ", ".join([f"{k}={v}" for k, v in sorted(self.entries.items())]) + ")"


docs = ["the quick brown fox", "the lazy dog", "quick quick fox jumps", "dog and fox"]
vectors = [Sparse.from_text(d) for d in docs]
for v in vectors:
    print(v, len(v), round(abs(v), 4))
print(vectors[0] + vectors[2], vectors[1] * 3, vectors[0] * vectors[2])
for i in range(len(docs)):
    sims = [round(vectors[i] * vectors[j] / (abs(vectors[i]) * abs(vectors[j])), 3) for j in range(len(docs))]
    print(i, sims)
total = Sparse()
for v in vectors:
    total = total + v
print(total, len(total), sorted(total.entries, key=lambda k: (-total.entries[k], k))[:3])
