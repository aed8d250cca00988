# int() and float() accept any Unicode decimal digits and white space, as CPython does.
for text in ["١٢٣", "०१२३४", "  ٤٢  ", "-٧", "１２", "\u2003 8 \u2003", "٣_٣"]:
    print(repr(text), int(text))
print(float("١.٥"), float("-٣e٢"), int("٧", 8), int("١٠", 16))
print("١٢٣".isdigit(), "١٢٣".isdecimal(), "Ⅻ".isnumeric(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
for bad in ["²", "Ⅻ", "1٢a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
