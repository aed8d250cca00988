# Newton iterations printing each approximation.
def newton_sqrt(x):
    guess = x / 2
    steps = 0
    while True:
        better = (guess + x / guess) / 2
        steps += 1
        print("  step", steps, better)
        if abs(better - guess) < 1e-12:
            return better
        guess = better

for x in [2, 10, 12345, 0.5]:
    print(x, newton_sqrt(x))
