# if/elif/else chains, nested conditionals and conditional expressions.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0:
        kind = "even" if n < 100 else "big even"
    else:
        kind = "odd" if n < 100 else "big odd"
    return kind

print([classify(n) for n in [-5, 0, 4, 7, 100, 101]])

def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"

print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
x = 5
print("big" if x > 3 else "small", ("a" if x else "b") + "!", [i if i % 2 else -i for i in range(5)])
if x > 1:
    if x > 4:
        print("nested", x)
    else:
        print("unreachable")
if not x == 4 and (x < 10 or x > 100):
    print("compound")
