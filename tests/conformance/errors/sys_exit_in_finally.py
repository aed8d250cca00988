# sys.exit inside try/finally still runs the finally block, then exits with the code.
import sys

try:
    print("working")
    sys.exit(3)
finally:
    print("cleanup")
