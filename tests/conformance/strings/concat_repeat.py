# Concatenation, repetition, membership and comparisons of strings.
a = "foo"
b = "bar"
print(a + b, b + a, a * 3, 3 * b, a * 0, repr(a * -2), a + "" + b)
s = ""
for i in range(5):
    s += str(i)
    print(s)
print("o" in a, "oo" in a, "x" in a, "" in a, "fo" not in a)
print(a < b, a > b, a == "foo", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print("apple" <= "apple", "Zebra" < "apple", "10" < "9", "é" > "z")
print(max("hello"), min("hello"), sorted("banana"))
print(max(["pear", "apple", "fig"]), min(["pear", "apple", "fig"]))
print(sorted(["b", "A", "a", "B", "_", "1"]))
print("-" * 20)
print("=" * 3 + ">" + " " * 2 + "<")
