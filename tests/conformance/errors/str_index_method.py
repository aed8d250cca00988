# str.index raises ValueError when the substring is missing.
s = "conformance"
print(s.index("form"), s.find("zzz"))
print(s.index("zzz"))
