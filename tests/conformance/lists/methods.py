# append, extend, insert, pop, remove, index, count, reverse, copy, clear.
xs = [5, 3, 8]
xs.append(1)
print(xs)
xs.extend([7, 7])
print(xs)
xs.extend("ab")
print(xs)
xs.insert(0, 100)
xs.insert(-1, 200)
xs.insert(99, 300)
xs.insert(-99, 400)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(7)
print(xs, xs.index(7), xs.count(7), xs.count(42), xs.index(8, 2))
xs.reverse()
print(xs)
ys = xs.copy()
ys.clear()
print(xs, ys)
xs += [1, 2]
print(xs)
xs *= 2
print(xs, len(xs))
for bad in [lambda: xs.remove(999), lambda: xs.index(999), lambda: [].pop(), lambda: xs.pop(100)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
    except IndexError as e:
        print("IndexError:", e)
