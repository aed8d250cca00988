# Attributes of instances of built-in subclasses and collections' objects survive many garbage collections.
from collections import namedtuple, defaultdict, Counter, OrderedDict
class L(list): pass
class D(dict): pass
class S(str): pass
class I(int): pass
class F(float): pass
class T(tuple): pass
class St(set): pass
P = namedtuple("P", "a b")
keep = []
for i in range(200000):
    l = L([i]); l.tag = [i, "l"]
    d = D(k=i); d.tag = [i, "d"]
    s = S("s%d" % i); s.tag = [i, "s"]
    n = I(i); n.tag = [i, "i"]
    f = F(i / 2); f.tag = [i, "f"]
    t = T((i,)); t.tag = [i, "t"]
    st = St([i]); st.tag = [i, "st"]
    if i % 1000 == 0:
        keep.append((l, d, s, n, f, t, st, P(i, [i]), defaultdict(list, {i: [i]}), Counter([i, i]), OrderedDict(x=[i])))
ok = all(l.tag == [l[0], "l"] and d.tag[0] == d["k"] and s.tag[0] == int(s[1:]) and n.tag[0] == n and f.tag[0] == f * 2
         and t.tag[0] == t[0] and st.tag[0] in st and p.b == [p.a] and dd[p.a] == [p.a] and c[p.a] == 2 and od["x"] == [p.a]
         for l, d, s, n, f, t, st, p, dd, c, od in keep)
print(len(keep), ok)
