# A ZeroDivisionError raised inside a dict comprehension.
ratios = {n: 100 / n for n in [5, 4, 2]}
print(ratios)
ratios = {n: 100 / n for n in [1, 0]}
