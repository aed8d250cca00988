# Big factorials computed iteratively and recursively.
def fact(n):
    result = 1
    i = 2
    while i <= n:
        result *= i
        i += 1
    return result

def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, fact(n))
print(fact(100))
print(len(str(fact(200))))
print(fact(60) == fact_rec(60))
print(fact(30) // fact(28))
print(fact(40) % 1000000007)
digits = str(fact(100))
total = 0
for ch in digits:
    total += int(ch)
print("digit sum", total)
