# opening a file that does not exist ends the program with FileNotFoundError
print("before")
with open("_no_such_file_here.txt") as f:
    print(f.read())
