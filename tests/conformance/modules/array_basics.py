# array.array: typed storage, indexing, slicing, slice assignment, methods, operators and repr
import array

a = array.array("h", range(10))
print(a, len(a), a.typecode, a.itemsize, a[0], a[-1], a[2:5], a[::-2])
a[2:5] = array.array("h", [7])
print(a, len(a))
a[1:1] = array.array("h", [-1, -2])
del a[::3]
print(a)
a[1] = -5
a[-1] = 99
del a[0]
print(a, a.count(99), a.index(99), a.index(7, 1), list(reversed(a)), sorted(a), sum(a), 7 in a, 1000 in a)
a.reverse()
print(a)
b = a * 2
b += a
b *= 2
print(b, 2 * a, a + a, len(b))
a.append(300)
a.extend([1, 2])
a.extend(array.array("h", [3]))
a.frombytes(array.array("h", [400]).tobytes())
a.fromlist([5, 6])
print(a)
a.remove(300)
a.insert(0, 11)
a.insert(-1, 12)
a.insert(100, 13)
print(a, a.pop(), a.pop(0), a.pop(2), a)
print(a.tolist(), [x * 2 for x in a], bool(array.array("i")), bool(array.array("i", [0])))
d = array.array("d", [1.5, -0.0, 1e300])
d.append(2)
print(d, d.tolist(), d.tobytes()[:8], array.array("d", d.tobytes()))
f = array.array("f", [0.1, 1.5, 1e40, 3])
print(f, f[0], f[0] == 0.1, f.itemsize)
u = array.array("u", "héllo")
u.append("!")
print(u, u.tounicode(), u[1], len(u))
print(array.array("B", b"abc"), array.array("b", array.array("i", [1, 2])), array.array("i", [True, False]))
print(array.array("Q", [2 ** 64 - 1]), array.array("q", [-2 ** 63]), array.array("I", [2 ** 32 - 1]), array.array("L", [0]))
print(array.array("i", b"\x01\x00\x00\x00\xff\xff\xff\xff"), array.array("H", [1, 2]).tobytes())
print(array.array("i", [1, 2]) == array.array("d", [1.0, 2.0]), array.array("i", [1, 2]) == [1, 2], array.array("b", [1]) < array.array("b", [1, 0]))
print(array.array("i", [3, 1]) > array.array("i", [2, 9]), array.array("i") == array.array("u"), repr(array.array("d")), repr(array.array("u")))
s = array.array("i", [1, 2, 3, 4])
s[::2] = array.array("i", [9, 8])
print(s, array.typecodes, type(s).__name__, [array.array(c).itemsize for c in array.typecodes])
s.byteswap()
print(s)
print(type(iter(s)), type(s))
u.fromunicode("?¿")
print(u, u.tounicode())
