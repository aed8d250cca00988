# Palindrome checks and string normalisation.
def normalise(s):
    out = ""
    for ch in s.lower():
        if ch.isalnum():
            out += ch
    return out

def is_palindrome(s):
    t = normalise(s)
    return t == t[::-1]

phrases = ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "ab"]
for p in phrases:
    print(repr(p), repr(normalise(p)), is_palindrome(p))
longest = ""
word = "forgeeksskeegfor"
for i in range(len(word)):
    for j in range(i + 1, len(word) + 1):
        sub = word[i:j]
        if sub == sub[::-1] and len(sub) > len(longest):
            longest = sub
            print("new longest", longest)
print(longest)
