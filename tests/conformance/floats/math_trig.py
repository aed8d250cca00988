# math trigonometry.
import math
for deg in [0, 30, 45, 60, 90, 180, 270, 360]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12))
print(math.sin(1), math.cos(1), math.tan(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0))
print(math.asin(1), math.acos(0), math.atan(1))
print(math.sin(math.pi), math.cos(math.pi))
print(math.sin(0.5) ** 2 + math.cos(0.5) ** 2)
