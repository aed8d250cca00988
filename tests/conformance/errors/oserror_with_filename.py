# an uncaught OSError made with a filename reports it as CPython does
print("raising")
raise FileNotFoundError(2, "No such file or directory", "gone.txt")
