# An uncaught error propagates after finally blocks run.
def work():
    try:
        print("working")
        return [1, 2, 3][10]
    finally:
        print("cleanup")

try:
    work()
finally:
    print("outer cleanup")
