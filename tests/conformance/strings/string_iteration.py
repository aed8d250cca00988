# Iterating over strings and building results character by character.
s = "Hello, World! 123"
upper = 0
lower = 0
digits = 0
other = 0
for ch in s:
    if ch.isupper():
        upper += 1
    elif ch.islower():
        lower += 1
    elif ch.isdigit():
        digits += 1
    else:
        other += 1
print(upper, lower, digits, other)
rev = ""
for ch in s:
    rev = ch + rev
print(rev)
vowels = 0
for ch in s.lower():
    if ch in "aeiou":
        vowels += 1
print("vowels", vowels)
for i, ch in enumerate("abc"):
    print(i, ch, ch * (i + 1))
print(list("hey"), tuple("ab"), list(""))
caesar = ""
for ch in "attack at dawn":
    if ch.isalpha():
        caesar += chr((ord(ch) - ord("a") + 3) % 26 + ord("a"))
    else:
        caesar += ch
print(caesar)
