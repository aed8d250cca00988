# String slicing with every combination of positive, negative and missing bounds and steps.
s = "0123456789"
for start in [None, 0, 3, -3, 20, -20]:
    row = []
    for stop in [None, 5, -2, 100, -100]:
        row.append(s[start:stop])
    print(start, row)
for step in [1, 2, 3, -1, -2, -4]:
    print(step, s[::step], s[1::step], s[:5:step], s[8:2:step], s[-2:-8:step])
print(repr(s[5:5]), repr(s[7:3]), repr(s[::-1][::-1]), s[-1:], s[:-1])
