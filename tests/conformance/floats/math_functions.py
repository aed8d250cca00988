# math module: floor/ceil/trunc, sqrt, hypot, gcd, isclose, copysign, fsum-free sums and constants.
import math
for v in [2.5, -2.5, 3.0, -0.1, 1e20]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), math.fabs(v), math.copysign(1.0, v))
print(math.sqrt(2), math.sqrt(1e-300), math.isqrt(10 ** 20 + 1), math.hypot(3, 4), math.hypot(5, 12))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 8), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001), math.isclose(1, 1.0001, rel_tol=1e-3), math.isinf(1e308 * 10), math.isnan(float("nan")), math.isfinite(1e308))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.degrees(math.pi), math.radians(180))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), math.atan2(1, 1), math.atan2(-1, -1))
for bad in [lambda: math.sqrt(-1), lambda: math.factorial(-1), lambda: math.log(0), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
