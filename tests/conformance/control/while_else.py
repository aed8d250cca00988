# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally")
n = 10
while n > 0:
    if n == 6:
        print("breaking at", n)
        break
    n -= 1
else:
    print("not printed")
count = 0
while True:
    count += 1
    if count > 3:
        break
print("count", count)
while False:
    print("never")
else:
    print("else of an empty while")
