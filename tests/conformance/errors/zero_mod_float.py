# Uncaught ZeroDivisionError from float modulo.
print("program zero_mod_float")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
angles = [370.0, 725.5, -30.0]
for a in angles:
    print(a, a % 360.0)
period = 0.0
print("period", period)
print(angles[0] % period)
