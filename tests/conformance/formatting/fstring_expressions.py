# f-strings with expressions, nested quotes, method calls, dict access and escaped braces.
items = {"apple": 3, "pear": 0}
nums = [1, 2, 3]
x, y = 7, 3
print(f"{x + y} {x * y} {x - y} {x / y:.3f} {x // y} {x % y} {x ** y}")
print(f"{nums[-1]} {nums[1:]} {len(nums)} {sum(nums) / len(nums):.2f}")
print(f"{items['apple']} {items.get('pear', -1)} {'yes' if items['pear'] else 'no'}")
print(f"{{literal}} {{{x}}} {'{'}{x}{'}'}")
print(f"{'nested ' + str(x)!r} {x:>{y}} {[i * i for i in nums]}")
print(f"{x=}", f"{x + 1=}", f"{nums[0]=:>4}", f"{'s'=}")
width = 6
for label, value in items.items():
    print(f"{label:<{width}}{value:>3}")
print(f"""multi
line {x}""", f"{'a' 'b'}", f"{3.0:.{x - 5}f}")
