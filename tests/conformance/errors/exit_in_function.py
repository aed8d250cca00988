# sys.exit with an int from a nested call ends the program with that status.
import sys

def fail(code):
    print("failing with", code)
    sys.exit(code)

def run():
    fail(7)

run()
