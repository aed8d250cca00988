# Positional-only parameters cannot be passed by keyword.
def clamp(value, low, high, /):
    return max(low, min(high, value))

print(clamp(5, 0, 3))
clamp(value=5, low=0, high=3)
