# Loop variables persist after loops; augmented assignment in loops.
for i in range(3):
    pass
print("i after loop", i)
total = 0
product = 1
for k in range(1, 11):
    total += k
    product *= k
print(total, product)
s = "abc"
idx = len(s)
while idx:
    idx -= 1
    print(idx, s[idx])
fib = [0, 1]
while len(fib) < 20:
    fib.append(fib[-1] + fib[-2])
print(fib)
a, b = 0, 1
steps = 0
while b < 1000:
    a, b = b, a + b
    steps += 1
print(steps, a, b)
