# %-formatting with %s, %r, tuples and dicts.
print("%s is %d years" % ("Bob", 40))
print("%r and %s" % ("text", "text"))
print("%s" % [1, 2], "%s" % (None,), "%s" % ((1, 2),), "%r" % ("it's",))
print("%10s|%-10s|%.3s|%10.2s|" % ("right", "left", "truncate", "xy"))
data = {"name": "Ada", "lang": "Python", "year": 1991, "pi": 3.14159}
print("%(name)s likes %(lang)s since %(year)d (%(pi).2f)" % data)
print("%(name)r %(year)05d %(name)s" % data)
print("single %s" % "value", "100%% sure" % ())
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
