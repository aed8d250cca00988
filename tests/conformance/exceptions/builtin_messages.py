# Exact messages of common builtin errors, caught and printed.
def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, "->", repr(e))

attempt("int+str", lambda: 1 + "a")
attempt("str+int", lambda: "a" + 1)
attempt("list+tuple", lambda: [1] + (2,))
attempt("str*str", lambda: "a" * "b")
attempt("neg idx", lambda: [1, 2][-3])
attempt("tuple idx", lambda: (1,)[1])
attempt("str idx", lambda: "ab"[2])
five = 5
attempt("subscript int", lambda: five[0])
attempt("attr", lambda: [].foo)
attempt("str attr", lambda: "x".nope)
attempt("base36", lambda: int("zz", 36))
one_float = 1.0
attempt("float idx", lambda: [1][one_float])
attempt("unhashable", lambda: {[]: 1})
attempt("compare", lambda: 1 < "a")
attempt("neg shift", lambda: 1 << -1)
attempt("int mod zero", lambda: 5 % 0)
attempt("float floordiv zero", lambda: 5.0 // 0)
attempt("bad base", lambda: int("10", 1))
attempt("list.index", lambda: [1].index(2))
attempt("unary", lambda: -"s")
