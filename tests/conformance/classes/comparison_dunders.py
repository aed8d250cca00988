# Rich comparisons, sorting with __lt__, equality and hashing of instances.
class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])

    def __repr__(self):
        return "v" + ".".join([str(p) for p in self.parts])

    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __hash__(self):
        return hash(self.parts)

vs = [Version(t) for t in ["1.10", "1.2", "0.9.9", "1.2.0", "2", "1.2"]]
print(sorted(vs), min(vs), max(vs))
print(vs[1] == vs[5], vs[1] != vs[5], vs[1] == vs[3], vs[1] < vs[0], vs[0] > vs[1], vs[4] >= vs[0])
print(vs[1] == "1.2", vs.count(Version("1.2")), vs.index(Version("2")))
unique = {}
for v in vs:
    unique[v] = unique.get(v, 0) + 1
print(unique)
print(len(set(vs)), Version("3") in vs, Version("2") in vs)
try:
    vs[0] < 3
except AttributeError as e:
    print("AttributeError:", e)
