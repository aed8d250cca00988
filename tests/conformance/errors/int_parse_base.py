# int() with a base rejects digits outside the base.
print(int("777", 8), int("z", 36))
print(int("18", 8))
