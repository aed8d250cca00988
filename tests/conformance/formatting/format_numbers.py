# str.format number presentation types.
for n in [0, 255, -255, 1234567, 10 ** 12]:
    print("{:,} {:_} {:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:+d} {: d} {:08d} {:_x}".format(n, n, n, n, n, n, n, n, n, n, n, n, n))
for x in [0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-5, 1e20, 0.125]:
    print("{:.2f} {:e} {:.3e} {:g} {:.3g} {:%} {:.1%} {:08.3f} {:,.2f} {:+.1f} {:10.4f}|".format(x, x, x, x, x, x, x, x, x, x, x))
print("{:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5))
print("{} {} {}".format(1.0, 1e16, 0.1))
print("{:f} {:e} {:g}".format(float("inf"), float("nan"), float("-inf")))
print("{:c}{:c}".format(65, 0x263A), "{:n}".format(1234))
print("{:5.1f}|{:<7.2e}|{:^9.3g}|".format(2.25, 12345.678, 0.00012345))
