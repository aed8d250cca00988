# Dictionary work with int and str keys: insert, lookup, update and delete; prints a checksum.


def int_keys(count):
    table = {}
    for i in range(count):
        table[i * 7919 % 100003] = i
    hits = 0
    for i in range(0, 2 * count, 3):
        if i in table:
            hits += table[i]
    for key in list(table):
        if key % 5 == 0:
            table[key] = table[key] * 2
        elif key % 7 == 0:
            table.pop(key)
    return hits + len(table) + sum(table.values())


def str_keys(count):
    counts = {}
    for i in range(count):
        key = "k" + str(i % 5003)
        counts[key] = counts.get(key, 0) + i
    total = 0
    for i in range(0, 5003, 3):
        total += counts["k" + str(i)]
    merged = {"k1": -1, "extra": 5}
    merged.update(counts)
    return total + len(merged) + merged["extra"]


checksum = 0
for round_number in range(60):
    checksum = (checksum * 31 + int_keys(20000 + round_number) + str_keys(30000)) % 1000000007
print("dicts checksum:", checksum)
