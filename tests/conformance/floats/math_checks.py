# math classification helpers.
import math
vals = [0.0, 1.5, math.inf, -math.inf, math.nan, 1e308 * 10, -0.0]
for v in vals:
    print(v, math.isnan(v), math.isinf(v), math.isfinite(v))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.inf == float("inf"), math.inf > 1e308, -math.inf < -1e308)
print(math.inf + 1, math.inf - math.inf, math.inf * 0, math.inf * -1)
print(math.nan + 1, math.nan * 0)
print(float("nan") is not None, 0.0 == -0.0)
