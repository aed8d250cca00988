# Uncaught TypeError adding int and str.
count = 3
label = "items"
print(count, label)
print(count + label)
