# Slices copy: modifying the slice leaves the original alone, but nested objects are shared.
orig = [[1], [2], [3], 4]
part = orig[1:3]
part.append("new")
part[0].append("shared")
print(orig, part)
copy = orig[:]
copy[3] = 40
print(orig[3], copy[3], copy == orig, copy is orig)
s = "immutable"
t = s[:]
print(s == t, s[2:5] + s[:2])
rev = orig[::-1]
rev[0] = "changed"
print(orig, rev)
empty = orig[10:20]
print(empty, len(empty), orig[-100:1])
