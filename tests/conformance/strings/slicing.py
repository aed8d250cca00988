# String slicing with steps, negative steps and out-of-range bounds.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(repr(s[5:2]), repr(s[20:]), s[-100:3], s[3:100], repr(s[-1:-5]))
print(s[-1:-5:-1], s[100:0:-1], s[:-100:-1], repr(s[0:10:-1]))
print(s[::11], s[::-11], s[1:-1:4])
for start in [None, 0, 3, -3]:
    for stop in [None, 5, -2]:
        print(start, stop, repr(s[start:stop]), repr(s[start:stop:-1]))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
