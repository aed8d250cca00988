# for/else and while/else with nested loops, break in inner loops and search patterns.
def find_pair(numbers, target):
    for i, a in enumerate(numbers):
        for b in numbers[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return (a, b)
    else:
        return None

print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10), find_pair([], 0))
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
attempt = 0
while attempt < 3:
    attempt += 1
    if attempt == 5:
        break
else:
    print("while finished without break after", attempt)
