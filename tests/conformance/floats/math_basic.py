# math module: constants, rounding functions, roots.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(1e100))
for v in [2.5, -2.5, 3.0, -0.1, 7, 1e20]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v))
print(type(math.floor(2.5)), type(math.sqrt(4)))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), -7 % 3)
print(math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(0), math.isqrt(99))
print(math.pow(2, 10), math.pow(2.5, 2), math.pow(4, 0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
