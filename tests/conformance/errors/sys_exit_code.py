# sys.exit with an integer status after output.
print("program sys_exit_code")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
import sys
print("doing some work")
for i in range(3):
    print("step", i)
sys.exit(3)
print("unreachable")
