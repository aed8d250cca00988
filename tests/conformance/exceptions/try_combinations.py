# try/except/else/finally in all combinations.
def run(divisor):
    print("-- divisor", divisor)
    try:
        result = 10 / divisor
        print("computed", result)
    except ZeroDivisionError:
        print("except branch")
    else:
        print("else branch")
    finally:
        print("finally branch")

run(2)
run(0)
try:
    print("try only with finally")
finally:
    print("finally runs")
try:
    x = int("12")
except ValueError:
    print("not reached")
else:
    print("else with", x)
try:
    try:
        [][1]
    finally:
        print("inner finally before propagation")
except IndexError as e:
    print("outer caught", e)
