# Uncaught AttributeError on a str.
s = "hello"
print(s.upper())
print(s.push("!"))
