# sys.exit() with no argument exits with status 0 after printing.
import sys
print("about to exit")
sys.exit()
print("never printed")
