# Everyday uses of collections and of subclasses of built-in types: records, trees, counters, an LRU cache.
from collections import namedtuple, defaultdict, OrderedDict, Counter
import collections
# namedtuple in various uses
Card = namedtuple("Card", ["rank", "suit"])
deck = [Card(r, s) for s in "SH" for r in "A23"]
print(deck[:3], sorted(deck)[0], Card("A", "S") in deck, deck.index(Card("2", "H")))
print({c: i for i, c in enumerate(deck[:2])})
print(Card._fields + ("x",), Card("A", "S")._asdict()["rank"], repr(Card))
print(str(Card("A", "S")), f"{Card('A', 'S')}", "%s" % (Card("A", "S"),))
# defaultdict of defaultdict, int counting, tree
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t, len(t["a"]))
graph = defaultdict(set)
for a, b in [(1, 2), (2, 3), (1, 3)]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
c = Counter()
for w in "a b a c b a".split():
    c[w] += 1
print(c, c.most_common(), list(c), dict(c))
print(Counter("hello") == Counter("olleh"), Counter(a=1) + Counter(a=2), max(c, key=c.get))
od = OrderedDict(sorted({"b": 1, "a": 2}.items()))
print(od, list(od.values()), od.get("a"), od.pop("a"), od, od.setdefault("z", 9), od)
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)
cache = LRU(2)
cache.put(1, 1); cache.put(2, 2); print(cache.get(1)); cache.put(3, 3); print(cache.get(2), cache, cache.capacity)
print(isinstance(c, collections.Counter), isinstance(od, dict), type(cache).__mro__[1].__name__)
print(collections.abc.Mapping, collections.OrderedDict.__module__, Counter.__name__)
class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
a = Attr(x=1)
a.y = 2
print(a.x, a.y, a)
class Vec(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
    def __add__(self, o):
        return Vec(*[x + y for x, y in zip(self, o)])
    def __mul__(self, k):
        return Vec(*[x * k for x in self])
    __rmul__ = __mul__
v = Vec(1, 2)
print(v + Vec(3, 4), 2 * v, v * 3, sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
class MyStr(str):
    pass
m = MyStr("a,b")
print(m.split(","), "-".join([m, m]), m.replace("a", "z"), type(m.strip()).__name__, m * 2, m in "xa,by", MyStr("b") < "c")
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(5)
except E as e:
    print(e, e.code, e.args, repr(e))
class IntList(list):
    def sum(self):
        return sum(self)
il = IntList(range(5))
il.extend([5])
il += [6]
print(il, il.sum(), type(il).__name__, il[::2], il.copy(), type(il.copy()).__name__)
