# sys.exit with a message string (printed to stderr, status 1).
print("program sys_exit_message")
warm_up = []
for step in range(3):
    warm_up.append(step * step)
    print("warm-up", step, warm_up)
import sys
config = {"mode": "broken"}
print("mode is", config["mode"])
if config["mode"] != "ok":
    sys.exit("fatal: unsupported mode " + config["mode"])
print("unreachable")
