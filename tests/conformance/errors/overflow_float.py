# Uncaught OverflowError converting a huge int to float.
n = 10
for i in range(6):
    n = n ** 3
    print(i, len(str(n)))
print("as float:", float(10 ** 300))
print(float(n))
