# A catalogue of built-in error messages: wrong arity, wrong types, bad values, missing attributes.
class C:
    def m(self, a): return a
    @staticmethod
    def s(a): return a
    @classmethod
    def k(cls, a): return a
def f(a, b=1): pass
tests = [lambda: C().m(), lambda: C().m(1, 2), lambda: C.s(), lambda: C.k(1, 2), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, c=2),
         lambda: len(1, 2), lambda: len(), lambda: sorted([1], reverse=1, key=2), lambda: "a".join(1), lambda: "abc".split(1), lambda: [].append(),
         lambda: {}.get(), lambda: abs("x"), lambda: int([1]), lambda: float([1]), lambda: str(1, 2, 3, 4), lambda: "x".center(), lambda: ord(1),
         lambda: chr("a"), lambda: range("a"), lambda: [1, 2].index(5), lambda: (1, 2).index(5), lambda: "abc".index("z"), lambda: dict(1),
         lambda: list(1), lambda: tuple(1), lambda: set(1), lambda: iter(1), lambda: next([]), lambda: sum(["a"]), lambda: max(1), lambda: min([1, "a"]),
         lambda: "a" < 1, lambda: [] < (), lambda: {} < {}, lambda: None + 1, lambda: 1 + None, lambda: [1] * "a", lambda: {1: 2}[[1]], lambda: hash([]),
         lambda: "abc"[1:2:0], lambda: [1, 2, 3][::0], lambda: divmod(1, 0), lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2 ** -1 % 0, lambda: int("1", base=99),
         lambda: "{}".format(), lambda: "{0}{1}".format(1), lambda: "{a}".format(b=1), lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%z" % 1,
         lambda: C().nope, lambda: C.nope, lambda: setattr(1, "x", 2), lambda: getattr(C(), 5), lambda: isinstance(1, 2), lambda: issubclass(1, int)]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
