# Uncaught ZeroDivisionError from float modulo.
angles = [370.0, 725.5, -30.0]
for a in angles:
    print(a, a % 360.0)
period = 0.0
print("period", period)
print(angles[0] % period)
