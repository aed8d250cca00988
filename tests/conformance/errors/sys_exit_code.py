# sys.exit with an integer status after output.
import sys
print("doing some work")
for i in range(3):
    print("step", i)
sys.exit(3)
print("unreachable")
