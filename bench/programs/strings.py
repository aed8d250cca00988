# String work: concatenation, slicing, methods, join and split; prints a checksum.


def make_text(words):
    text = ""
    for i in range(words):
        text += "word" + str(i % 97) + " "
    return text


def process(text):
    pieces = text.split()
    total = 0
    for piece in pieces:
        upper = piece.upper()
        if upper.startswith("WORD1"):
            total += len(upper)
        total += ord(piece[-1]) + piece.find("d")
        total += len(piece[1:-1:2]) + len(piece.replace("or", "OR"))
    joined = ",".join(pieces[::7])
    total += len(joined) + joined.count("word5")
    return total + len(text.strip().lower()[::3])


checksum = 0
for round_number in range(200):
    text = make_text(6000 + round_number)
    checksum = (checksum * 131 + process(text)) % 1000000007
print("strings checksum:", checksum)
