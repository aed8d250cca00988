# A table report combining alignment, separators and precision.
people = [("Alice", 34, 72500.5), ("Bob", 7, 0.0), ("Christopher", 101, 1234567.891), ("Dee", 45, -300.25)]
header = "{:<12}|{:>5}|{:>15}".format("Name", "Age", "Balance")
print(header)
print("-" * len(header))
for name, age, balance in people:
    print("{:<12}|{:>5}|{:>15,.2f}".format(name, age, balance))
print("=" * len(header))
total = 0.0
for p in people:
    total += p[2]
print("{:<12}|{:>5}|{:>15,.2f}".format("TOTAL", "", total))
print("%-12s|%5d|%15.2f" % ("avg", len(people), total / len(people)))
print(f"{'max':<12}|{max(people)[1]:>5}|{max(people)[2]:>15.1f}")
