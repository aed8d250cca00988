# Float numerics: Newton's method, bisection, integration and series.
import math


def newton(f, df, x, tolerance=1e-12, limit=50):
    for step in range(limit):
        x_next = x - f(x) / df(x)
        if abs(x_next - x) < tolerance:
            return x_next, step + 1
        x = x_next
    return x, limit


def bisection(f, low, high, tolerance=1e-10):
    steps = 0
    while high - low > tolerance:
        mid = (low + high) / 2
        if f(low) * f(mid) <= 0:
            high = mid
        else:
            low = mid
        steps += 1
    return (low + high) / 2, steps


def trapezoid(f, a, b, n):
    h = (b - a) / n
    total = (f(a) + f(b)) / 2
    for i in range(1, n):
        total += f(a + i * h)
    return total * h


def simpson(f, a, b, n):
    h = (b - a) / n
    total = f(a) + f(b)
    for i in range(1, n):
        total += (4 if i % 2 else 2) * f(a + i * h)
    return total * h / 3


root, steps = newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0)
print("sqrt(2) via newton:", root, steps, root == math.sqrt(2))
root, steps = newton(lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1, 1.0)
print("cos(x) = x:", root, steps)
root, steps = bisection(lambda x: x ** 3 - x - 2, 1, 2)
print("bisection:", round(root, 9), steps)
for n in [4, 16, 64, 256]:
    t = trapezoid(math.sin, 0, math.pi, n)
    s = simpson(math.sin, 0, math.pi, n)
    print(f"n={n:>4} trapezoid {t:.12f} simpson {s:.12f} error {abs(2 - s):.3e}")
print("integral x^2 0..3:", simpson(lambda x: x * x, 0, 3, 10))
pi_estimate = 0.0
for k in range(100000):
    pi_estimate += (-1) ** k / (2 * k + 1)
print("leibniz pi:", 4 * pi_estimate)
e_estimate = 0.0
term = 1.0
for k in range(1, 20):
    e_estimate += term
    term /= k
print("e series:", e_estimate, math.e, math.isclose(e_estimate, math.e))
print(f"{math.pi:.15f} {math.e:.3e} {math.sqrt(10):g} {1 / 7:.20f}")
