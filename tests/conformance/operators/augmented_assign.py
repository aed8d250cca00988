# Every augmented assignment operator on ints, floats, strs and lists.
x = 17
for op in range(12):
    if op == 0: x += 5
    elif op == 1: x -= 30
    elif op == 2: x *= -3
    elif op == 3: x //= 4
    elif op == 4: x %= 7
    elif op == 5: x **= 3
    elif op == 6: x <<= 4
    elif op == 7: x >>= 2
    elif op == 8: x &= 0xFF
    elif op == 9: x |= 0x100
    elif op == 10: x ^= 0x1F0
    else: x /= 8
    print(op, x)
s = "ab"
s += "cd"
s *= 3
print(s)
items = [1]
alias = items
items += [2, 3]
items *= 2
print(items, alias, items is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
f = 1.5
f **= 2
f //= 0.5
print(f)
