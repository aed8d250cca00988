# while loops with break, continue, else and nested loops with flags.
n = 0
while n < 10:
    n += 1
    if n % 3 == 0:
        continue
    if n == 8:
        break
    print("n", n)
else:
    print("while else not reached")
print("stopped at", n)
i = 0
while i < 3:
    i += 1
else:
    print("while else ran", i)
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24 and a + b == 10:
            found = (a, b)
            break
    if found:
        break
print(found)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)
