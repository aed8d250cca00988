# Huge multiplication, division and modulo.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(b // a, b % a)
print(a - b, b - a)
print(a + b)
print(-a * b)
print(a * a * a)
print((a * b) // b == a)
c = 10 ** 50 + 7
print(c // 3, c % 3)
print(-c // 3, -c % 3)
print(c // -3, c % -3)
print(divmod(c, 12345678901234567))
print(divmod(-c, 12345678901234567))
print(a // 1, a % 1)
print(2 ** 100 // 2 ** 99)
print(99999999999999999999 * 99999999999999999999)
n = 1
for k in range(1, 30):
    n = n * (10 ** k + k)
print(n)
print(n % 1000007, n // 10 ** 400)
