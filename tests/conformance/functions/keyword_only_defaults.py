# Keyword-only parameters with and without defaults, after *args and after a bare *.
def connect(host, *, port=80, secure=False, timeout):
    return f"{host}:{port} secure={secure} timeout={timeout}"

print(connect("a", timeout=1), connect("b", port=443, secure=True, timeout=5))

def log(*messages, sep=" ", prefix="-"):
    return prefix + sep.join([str(m) for m in messages])

print(log(1, 2, 3), log("x", sep=",", prefix=">"), log())
for bad in [lambda: connect("a"), lambda: connect("a", 81, timeout=1), lambda: connect("a", timeout=1, colour=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def mixed(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, sorted(extra)

print(mixed(1, c=3), mixed(1, 2, 3, 4, c=5, e=6, f=7))
