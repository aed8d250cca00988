# String ordering is by code point; case matters; sorting strings with keys.
words = ["banana", "Apple", "cherry", "apple", "Banana", "_x", "10", "9", "é", "z"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True)[:4])
print("apple" < "apples", "Apple" < "apple", "a" < "B", "10" < "9", "é" > "z", "" < " ")
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("abc" == "abc", "ABC".lower() == "abc", "a" * 3 == "aaa")
