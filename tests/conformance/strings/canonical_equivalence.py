# Python compares str by code points: canonically equivalent spellings stay different.
composed = "\u00e9"
decomposed = "e\u0301"
print(composed == decomposed, composed != decomposed, len(composed), len(decomposed))
table = {composed: "composed"}
table[decomposed] = "decomposed"
print(len(table), sorted(table.values()))
print(composed in [decomposed], decomposed in (composed,))
print("caf\u00e9" == "cafe\u0301", "caf\u00e9" < "cafe\u0301")
print({composed, decomposed} == {decomposed, composed}, len({composed, decomposed}))
print("Å" == "\u212b", "\u212b".lower() == "å")
text = "cafe\u0301 noe\u0308l"
print(text.startswith("cafe"), text.endswith("l"), text.find("e"), text.count("e"), "e" in text)
print(text.split("e"), text.replace("e", "E"), text.index("\u0301"), len(text), text[3:5] == "e\u0301")
print(text.upper() == "CAFE\u0301 NOE\u0308L", text.partition(" "), "\u0301" in text, ascii(text))
print(sorted([composed, decomposed, "e", "f"]), max(composed, decomposed) == composed)
