# Floats near the edges of the representable range.
print(5e-324, 5e-324 / 2, 2.2250738585072014e-308, 2.225073858507201e-308)
print(1.7976931348623157e308 * 10, -1.7976931348623157e308 * 10)
print(1e308 + 1e308, 1e-320, 1e-310 * 1e-10)
print(1e300 * 1e10, 1e-300 * 1e-300)
x = 1.0
for i in range(10):
    x = x / 1000
    print(x)
y = 1.0
for i in range(8):
    y = y * 12345.678
    print(y)
print(0.1 + 0.7, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1e23, 1e21, 1e20, 9.999999999999999e22)
