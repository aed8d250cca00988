# sys.exit with a message string (printed to stderr, status 1).
import sys
config = {"mode": "broken"}
print("mode is", config["mode"])
if config["mode"] != "ok":
    sys.exit("fatal: unsupported mode " + config["mode"])
print("unreachable")
