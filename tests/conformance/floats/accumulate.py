# Floating accumulation error made visible.
x = 0.0
for i in range(1, 21):
    x += 1 / i
    print(i, x)
y = 1.0
for i in range(30):
    y *= 1.1
print(y)
z = 1e10
for i in range(5):
    z = z / 3 + 0.1
    print(z)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
