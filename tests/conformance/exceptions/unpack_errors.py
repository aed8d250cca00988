# Unpacking errors caught and printed.
def unpack2(seq):
    a, b = seq
    return a, b

def unpack3(seq):
    a, b, c = seq
    return a, b, c

for seq in [(1, 2), (1, 2, 3), [1], "ab", "abc", []]:
    try:
        print("two", unpack2(seq))
    except ValueError as e:
        print("two", repr(seq), "->", e)
    try:
        print("three", unpack3(seq))
    except ValueError as e:
        print("three", repr(seq), "->", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("star:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)
