# isalpha, isdigit, isalnum, isspace, isupper, islower, istitle, isdecimal, isnumeric, isidentifier.
samples = ["abc", "ABC", "Abc", "abc123", "123", "", " ", "\t\n", "Hello World", "hello world", "x_1", "1x", "_", "ÄÖü", "½", "٣", "a b"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier())
print("Hello World".swapcase(), "hello world".title(), "HELLO".capitalize(), "they're bill's".title())
print("ß".upper(), "ǅ".lower(), "STRASSE".lower())
