# Floating-point arithmetic: the Mandelbrot set on a small grid; prints the count and a float checksum.


def mandelbrot(width, height, limit):
    inside = 0
    escape_sum = 0.0
    for py in range(height):
        ci = py * 2.0 / height - 1.0
        for px in range(width):
            cr = px * 3.0 / width - 2.0
            zr = 0.0
            zi = 0.0
            n = 0
            while n < limit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            if n == limit:
                inside += 1
            else:
                escape_sum += n / limit + zr * 1e-3
    return inside, escape_sum


points = 0
total = 0.0
for round_number in range(40):
    count, escape = mandelbrot(120, 80, 50)
    points += count
    total += escape
print("floats checksum:", points, round(total, 6))
