# Roman numeral conversion both ways, with validation and round trips.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for value, symbol in VALUES:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(text):
    singles = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(text):
        if ch not in singles:
            raise ValueError(f"bad numeral {ch!r}")
        value = singles[ch]
        if i + 1 < len(text) and singles.get(text[i + 1], 0) > value:
            total -= value
        else:
            total += value
    if to_roman(total) != text:
        raise ValueError(f"non-canonical numeral {text!r}")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all([from_roman(to_roman(n)) == n for n in range(1, 4000)]))
for bad in ["IIII", "VX", "ABC", "MMMM", ""]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
for n in [0, 4000]:
    try:
        to_roman(n)
    except ValueError as e:
        print("ValueError:", e)
print(sorted(["MCM", "XL", "IX", "MMXX"], key=from_roman))
