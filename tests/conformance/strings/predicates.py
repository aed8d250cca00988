# isdigit, isalpha, isalnum, isspace, isupper, islower and friends.
samples = ["123", "abc", "abc123", "   ", "\t\n", "", "ABC", "Abc", "abc!", "12.5", "٣", "²", "ñ", "A1 ", "Hello World"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier())
